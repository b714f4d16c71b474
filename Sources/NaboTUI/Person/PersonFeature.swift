import NaboCore

/// A resident's rights from their screen: `P` has the runner write the innsyn document, the same
/// one `nabo export person --format md` writes, into the documents folder.
struct PersonFeature: Feature {
    static let id = FeatureID.person
    static var state: WritableKeyPath<AppState, Void> { \.noState }
    var shell: Shell
    var own: Void { () }

    init(_ own: Void, shell: Shell) {
        self.shell = shell
    }

    mutating func reduce(_ action: PersonAction) -> [AppEffect] {
        switch action {
        case .exportRequested:
            guard case .resident(let id) = shell.screen, directory.resident(id) != nil else { return [] }
            return [.exportPerson(id)]
        }
    }
}

import NaboCore

/// A resident's rights from their screen: `P` has the runner write the innsyn document, the same
/// one `nabo export person --format md` writes, into the documents folder; `Z` opens the erasure,
/// which `nabo person erase` carries out once the reason is given and the name typed.
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
        case .eraseStarted:
            guard case .resident(let id) = shell.screen, directory.resident(id) != nil else { return [] }
            shell.form = RecordForm(purpose: .erase(resident: id), values: [:])
        }
        return []
    }

    /// An erasure asks for its reason and the resident's name as it stands, spacing and case aside.
    static func change(_ form: RecordForm, in directory: Directory) throws(Message) -> AppEffect? {
        guard case .erase(let id) = form.purpose, let resident = directory.resident(id) else { return nil }
        guard !form[.reason].allSatisfy(\.isWhitespace) else { throw PersonText.reasonMissing }
        guard ErasureConfirmation.matches(form[.name], name: resident.name) else { throw PersonText.nameDiffers }
        return .erasePerson(id, reason: form[.reason])
    }

}

import NaboCore

/// The progress plan: adding and changing its activities through the record form, and ticking
/// one done today with the change `nabo set activity ID --done DATE` makes. All of its state is
/// the screen's place.
struct ProgressFeature: Feature {
    static let id = FeatureID.progress
    static var state: WritableKeyPath<AppState, Void> { \.noState }
    var shell: Shell
    var own: Void { () }

    init(_ own: Void, shell: Shell) {
        self.shell = shell
    }

    mutating func reduce(_ action: ProgressAction) -> [AppEffect] {
        guard case .progress = shell.screen else { return [] }
        let selected = shell.selectedRow.map { directory.activities[$0] }
        switch action {
        case .activityStarted:
            shell.form = RecordForm(purpose: .activity(nil), values: [.planned: directory.today.text(language)])
        case .activityChangeStarted:
            guard let selected else { return [] }
            shell.form = RecordForm(purpose: .activity(selected.id), values: Self.values(selected, language))
        case .doneToday:
            guard let selected else { return [] }
            if let done = selected.done {
                shell.say(.info, ProgressText.alreadyDone(selected.title, done.text(language)))
                return []
            }
            let change = Change.set(.activity, id: selected.id, Edit(values: ["done": directory.today.iso]))
            return [.save(change, done: ProgressText.doneSaved(selected.title))]
        }
        return []
    }

    static func values(_ activity: Activity, _ language: Language) -> [RecordForm.Field: String] {
        let values: [RecordForm.Field: String?] = [
            .title: activity.title, .responsible: activity.responsible, .planned: activity.planned?.text(language),
            .done: activity.done?.text(language), .round: activity.round,
        ]
        return values.compactMapValues { $0 }
    }

    /// The change an activity's form stands for; nil for a form of another feature.
    static func change(_ form: RecordForm) -> AppEffect? {
        guard case .activity(let id) = form.purpose else { return nil }
        return .save(form.change(.activity, id: id), done: ProgressText.saved(String(form[.title].trimmingWhitespace())))
    }
}

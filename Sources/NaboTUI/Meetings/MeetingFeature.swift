import NaboCore

/// The work group's meetings: planning one, its agenda, and the measures decided at it. Every
/// change goes through the record form; all of its state is the screen's place.
struct MeetingFeature: Feature {
    static let id = FeatureID.meetings
    static var state: WritableKeyPath<AppState, Void> { \.noState }
    var shell: Shell
    var own: Void { () }

    init(_ own: Void, shell: Shell) {
        self.shell = shell
    }

    mutating func reduce(_ action: MeetingAction) -> [AppEffect] {
        switch action {
        case .meetingStarted:
            guard case .meetings(.list) = shell.screen else { return [] }
            shell.form = RecordForm(purpose: .meeting(nil), values: [:])
        case .meetingChangeStarted:
            guard let meeting = meetingOnScreen else { return [] }
            shell.form = RecordForm(purpose: .meeting(meeting.id), values: Self.values(meeting, language))
        case .itemStarted:
            guard case .meetings(.one(let id)) = shell.screen else { return [] }
            shell.form = RecordForm(purpose: .agendaItem(meeting: id, item: nil), values: [.parked: "no", .standing: "no"])
        case .itemChangeStarted:
            guard case .meetings(.one(let meeting)) = shell.screen, let item = selectedItem else { return [] }
            shell.form = RecordForm(purpose: .agendaItem(meeting: meeting, item: item.id), values: Self.values(item))
        case .decisionStarted:
            guard let item = selectedItem else { return [] }
            var values = PlanFeature.newValues
            values[.title] = item.title
            shell.form = RecordForm(purpose: .decision(agendaItem: item.id), values: values)
        }
        return []
    }

    /// The meeting the keys act on: the one selected on the overview, or the one on screen.
    var meetingOnScreen: Meeting? {
        switch shell.screen {
        case .meetings(.list):
            guard let row = shell.selectedRow else { return nil }
            return directory.meetings.meetings[row]
        case .meetings(.one(let id)):
            return directory.meetings.meeting(id)
        default:
            return nil
        }
    }

    /// The agenda item selected on a meeting's screen.
    var selectedItem: Meeting.Item? {
        guard case .meetings(.one(let id)) = shell.screen, let row = shell.selectedRow else { return nil }
        return directory.meetings.agenda(id)[row]
    }
}

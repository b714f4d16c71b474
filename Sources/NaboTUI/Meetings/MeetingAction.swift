/// What the keys do on the meeting screens.
public enum MeetingAction: Hashable, Sendable {
    /// `n` on the overview: a new meeting.
    case meetingStarted
    /// `e` on the overview, `E` on a meeting: that meeting in its form.
    case meetingChangeStarted
    /// `n` on a meeting: a new item on its agenda.
    case itemStarted
    /// `e` on a meeting: the selected agenda item in its form.
    case itemChangeStarted
    /// `M` on a meeting: a measure decided at the selected agenda item.
    case decisionStarted
}

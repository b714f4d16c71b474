/// The meeting screens: the overview with every meeting, and one meeting with its agenda.
public enum MeetingScreen: Hashable, Sendable {
    case list
    case one(String)
}

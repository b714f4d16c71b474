/// The screens of the interface. A screen that shows one record carries its id.
public enum Screen: Hashable, Sendable {
    case home
    case addresses
    case residents
    case address(String)
    case unit(String)
    case resident(String)
    /// Residents due a visit, most overdue first.
    case due
    /// This week's planned visits.
    case week
    /// Inputs waiting for an answer, oldest first.
    case inputs
    /// A resident's timeline, by the resident's id.
    case timeline(String)
    /// A unit's history across residents, by the unit's id.
    case history(String)
    /// The action plan as cards in columns by status.
    case board(PlanFacets)
    /// The action plan as the report's table: plan items by addresses.
    case matrix(PlanFacets)
    case measure(String)
    case dugnad(DugnadScreen)
    case survey(SurveyScreen)
    /// What the project achieved: the counts per address, the baseline beside the project.
    case indicators
    /// The work group's meetings, or one meeting with its agenda.
    case meetings(MeetingScreen)
    /// The progress plan: its activities by planned day, the late ones marked.
    case progress
}

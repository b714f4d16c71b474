/// The screens of the interface. A screen that shows one record carries its id.
public enum Screen: Hashable, Sendable {
    case home
    case addresses
    case residents
    case address(String)
    case unit(String)
    case resident(String)
    /// The action plan as cards in columns by status.
    case board(PlanFacets)
    /// The action plan as the report's table: plan items by addresses.
    case matrix(PlanFacets)
    case measure(String)
    case dugnad(DugnadScreen)
    case survey(SurveyScreen)
}

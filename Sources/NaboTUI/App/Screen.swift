/// The screens of the interface. A screen that shows one record carries its id.
public enum Screen: Hashable, Sendable {
    case home
    case addresses
    case residents
    case address(String)
    case unit(String)
    case resident(String)
    case dugnad(DugnadScreen)
    case survey(SurveyScreen)
}

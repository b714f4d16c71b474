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
}

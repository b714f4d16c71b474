import NaboCore

/// A resident with what the lists need at hand: where they live, and whether a visit is due.
public struct ResidentEntry: Hashable, Sendable {
    public let id: String
    public let name: String
    public let unit: Int?
    public let phone: String?
    public let movedIn: CalendarDate?
    public let movedOut: CalendarDate?
    /// Not moved out, or moving out after today.
    public let livesThere: Bool
    /// The agreed next visit of the newest visit that included the resident.
    public internal(set) var nextVisit: CalendarDate?
    /// Living there, and the next visit date has come.
    public internal(set) var isDue = false
}

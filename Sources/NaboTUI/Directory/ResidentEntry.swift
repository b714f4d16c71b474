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
    /// The next visit agreed at the newest visit that reached the resident, else the retry planned
    /// at an attempt since.
    public internal(set) var nextVisit: CalendarDate?
    /// Living there, and the next visit date has come.
    public internal(set) var isDue = false
    /// Attempts where nobody was home since the last visit that reached them, the latest first.
    public internal(set) var attempts = 0
    public internal(set) var lastAttempt: CalendarDate?
    /// The last visit that reached them.
    public internal(set) var lastVisit: CalendarDate?
}

import NaboCore

/// A visit as a resident's history and the recent activity show it.
public struct VisitEntry: Hashable, Sendable {
    public let id: String
    public let day: CalendarDate?
    /// Local time of day, "14:30", when one was recorded.
    public let time: String?
    /// One of `Vocabulary.visitKind`.
    public let kind: String
    public let note: String
    public let agreed: String
    public let nextVisit: CalendarDate?
    public let worker: String?
    public let residents: [Int]
    public let unit: Int?
    public let address: Int?
    /// The stored date and time cut to the minute, which sorts as the calendar does.
    let sortKey: String
}

import NaboCore

/// A resident due a visit, as the due list shows them.
public struct DueEntry: Hashable, Sendable {
    /// A row of the directory's residents.
    public let resident: Int
    public let due: CalendarDate
    public let daysOverdue: Int
    public let lastVisit: CalendarDate?
    /// The agreed next visit has come, or the plan's frequency has passed.
    public let isByFrequency: Bool
    /// Attempts where nobody was home since the last visit.
    public let attempts: Int
}

/// A resident's next visit, agreed for a day of this week.
public struct PlannedEntry: Hashable, Sendable {
    public let day: CalendarDate
    /// A row of the directory's residents.
    public let resident: Int
}

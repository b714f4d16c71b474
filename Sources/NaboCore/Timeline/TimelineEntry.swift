/// One dated line of a resident's or a unit's timeline: what happened, when, which record says so,
/// and a one-line summary (the worker's own text as written, framed in the interface language).
public struct TimelineEntry: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case visit, input, response, measure, event, movedIn = "moved-in", movedOut = "moved-out"
    }

    public var kind: Kind
    /// nil when the record has no date; such entries come last.
    public var date: CalendarDate?
    /// Minutes after midnight, for visits logged with a time.
    public var minutes: Int?
    /// The record: a visit, input, response or measure; the resident for moving in and out.
    public var id: String
    public var summary: Message

    /// Newest first: by date, then time, then id, so the order is the same on every device.
    static func newestFirst(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        let x = (a.date?.dayNumber ?? Int.min, a.minutes ?? -1), y = (b.date?.dayNumber ?? Int.min, b.minutes ?? -1)
        if x != y { return x > y }
        return (a.kind.rawValue, a.id) < (b.kind.rawValue, b.id)
    }
}

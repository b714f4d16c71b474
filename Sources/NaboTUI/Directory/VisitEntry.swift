import NaboCore

/// A visit as a resident's history and the recent activity show it.
///
/// Only what ordering and "due" need is read when the directory is built; the texts are read
/// from the record when a visit is drawn, which is a handful of visits at a time.
public struct VisitEntry: Sendable {
    public let record: Record
    public let day: CalendarDate?
    /// Local time of day in minutes after midnight, when one was recorded.
    public let minutes: Int?
    public let nextVisit: CalendarDate?
    public let residents: [Int]
    /// Local date and time in minutes, which sorts as the calendar does.
    let sortKey: Int

    public var id: String { record.id }
    /// One of `Vocabulary.visitKind`.
    public var kind: String { Visit(record).kindValue }
    public var note: String { Visit(record).note ?? "" }
    public var agreed: String { Visit(record).agreed ?? "" }
    public var worker: String? { Visit(record).worker }
    public var unitID: String? { Visit(record).unit }
    public var addressID: String? { Visit(record).address }

    /// The time of day as a clock shows it: "14:30".
    public var time: String? {
        minutes.map { (($0 / 60) < 10 ? "0" : "") + String($0 / 60) + ":" + (($0 % 60) < 10 ? "0" : "") + String($0 % 60) }
    }
}

/// A visit or other contact, read from its record.
public struct Visit: Sendable, Equatable {
    public let record: Record
    public var id: String { record.id }

    public init(_ record: Record) { self.record = record }

    /// The stored kind; a value from a newer version stays as it is.
    public var kindValue: String { record.string("kind") ?? VisitKind.fallback.rawValue }
    public var kind: VisitKind? { VisitKind(rawValue: kindValue) }
    public var residents: [String] { record.members("residents") }
    /// When, with the time if one was written, as the worker's clock read then.
    public var when: LocalDateTime? { dateText.flatMap { LocalDateTime($0, offsetFor: { _, _ in 0 }) } }
    public var day: CalendarDate? { record.date("date") }
    /// The date as stored, for the visit index, which reads the day and the time from its bytes.
    var dateText: String? { record.string("date") }
    public var note: String? { record.string("note") }
    public var agreed: String? { record.string("agreed") }
    public var next: CalendarDate? { record.date("next") }
    public var worker: String? { record.string("worker") }
    public var unit: String? { record.string("unit") }
    public var address: String? { record.string("address") }
}

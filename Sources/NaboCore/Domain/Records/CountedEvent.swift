/// An event the project counts (`EventKind`), read from its record: at an address, and at a unit
/// or about a resident when it concerns one, on a day, with a note and who recorded it.
public struct CountedEvent: Sendable, Equatable {
    public let record: Record
    public var id: String { record.id }

    public init(_ record: Record) { self.record = record }

    /// The stored kind; a value from a newer version stays as it is (`kind` is then nil).
    public var kindValue: String { record.string("kind") ?? EventKind.fallback.rawValue }
    public var kind: EventKind? { EventKind(rawValue: kindValue) }
    public var address: String? { record.string("address") }
    public var unit: String? { record.string("unit") }
    public var resident: String? { record.string("resident") }
    public var date: CalendarDate? { record.date("date") }
    public var note: String? { record.string("note") }
    public var worker: String? { record.string("worker") }
}

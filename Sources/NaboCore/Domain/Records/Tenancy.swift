/// One stay of a resident in a unit, read from its record: from the day they moved in to the day
/// they moved out (none while they live there).
public struct Tenancy: Sendable, Equatable {
    public let record: Record
    public var id: String { record.id }

    public init(_ record: Record) { self.record = record }

    public var resident: String? { record.string("resident") }
    public var unit: String? { record.string("unit") }
    public var from: CalendarDate? { record.date("from") }
    public var to: CalendarDate? { record.date("to") }
}

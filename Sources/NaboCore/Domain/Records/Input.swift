/// An input (innspill) from a resident, read from its record: what they said, where it came from
/// and what came of it. Fields are read when asked, so a pass over every input that needs one of
/// them costs that one field.
public struct Input: Sendable, Equatable {
    public let record: Record
    public var id: String { record.id }

    public init(_ record: Record) { self.record = record }

    public var resident: String? { record.string("resident") }
    public var text: String { record.string("text") ?? "" }
    /// The stored outcome; a value from a newer version stays as it is (`outcome` is then nil).
    public var outcomeValue: String { record.string("outcome") ?? InputOutcome.fallback.rawValue }
    public var outcome: InputOutcome? { InputOutcome(rawValue: outcomeValue) }
    /// Why it was declined.
    public var reason: String? { record.string("reason") }
    /// The day it was recorded.
    public var date: CalendarDate? { record.date("date") }
    /// The day the resident was told what came of it.
    public var answeredOn: CalendarDate? { record.date("answeredOn") }
    /// Where it was said: at a visit, or in a survey response's answer to one statement.
    public var visit: String? { record.string("visit") }
    public var response: String? { record.string("response") }
    public var statement: String? { record.string("statement") }

    /// Still waiting for an answer to the resident.
    public var isOpen: Bool { outcome == .open }
}

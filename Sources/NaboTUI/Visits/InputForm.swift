import NaboCore

/// The form for what a resident asked for or said (an input, innspill): recording a new one, or
/// giving an open one its outcome and the day the answer was given back.
public struct InputForm: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// A new input from this resident (id).
        case record(resident: String)
        /// The outcome of this input (id).
        case answer(input: String)
    }

    public enum Field: Hashable, Sendable {
        case text, date, outcome, answeredOn, reason

        /// The input field a save's message names, as the schema calls it.
        public var schemaName: String {
            switch self {
            case .text: "text"
            case .date: "date"
            case .outcome: "outcome"
            case .answeredOn: "answeredOn"
            case .reason: "reason"
            }
        }
    }

    public struct Values: Hashable, Sendable {
        public var text = ""
        /// The day it was said, as typed.
        public var date = ""
        /// One of `Vocabulary.inputOutcome`.
        public var outcome = "acted-on"
        public var answeredOn = ""
        /// Why it was declined.
        public var reason = ""

        public init() {}
    }

    public var purpose: Purpose
    public var values: Values
    public var opened: Values
    public var field: Field
    public var problem: Message?
    public var isSaving = false
    public var isLeaving = false

    public init(purpose: Purpose, values: Values) {
        self.purpose = purpose
        self.values = values
        self.opened = values
        self.field = Self.fields(for: purpose)[0]
    }

    /// The fields in Tab order.
    public static func fields(for purpose: Purpose) -> [Field] {
        switch purpose {
        case .record: [.text, .date]
        case .answer: [.outcome, .answeredOn, .reason]
        }
    }

    public var fields: [Field] { Self.fields(for: purpose) }
    public var hasTyped: Bool { values != opened }
}

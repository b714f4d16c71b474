import NaboCore

/// A form for one record beside a visit: a new input (innspill), the answer to an open one, or a
/// resident's follow-up plan. The fields follow from the purpose; values are kept as typed.
public struct RecordForm: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// A new input from this resident (id).
        case recordInput(resident: String)
        /// The outcome of this input (id).
        case answerInput(input: String)
        /// The follow-up plan of this resident (id): the one they have (`plan`), or a new one.
        case plan(resident: String, plan: String?)
        /// A measure for the action plan from a defect noticed on this visit (id).
        case measure(visit: String)
    }

    public enum Field: String, Hashable, Sendable {
        // The raw values are the schema's field names, which a save's message names.
        case text, date, outcome, answeredOn, reason
        case frequency, content, partners, consent, ended, endReason
        /// A measure's; `place` is not stored as such: it says whether the unit goes with it.
        case title, category, place, description

        /// Fields whose text can be long enough to want the editor.
        public var isLongText: Bool { [.text, .reason, .content, .partners, .consent, .endReason, .description].contains(self) }

        /// The values a choice field steps through with ↑/↓; nil for typed fields.
        public var choices: [String]? {
            switch self {
            case .outcome: Vocabulary.inputOutcome
            case .category: Vocabulary.category
            case .place: ["unit", "address"]
            default: nil
            }
        }
    }

    public var purpose: Purpose
    public var values: [Field: String]
    public var opened: [Field: String]
    public var field: Field
    public var problem: Message?
    public var isSaving = false
    public var isLeaving = false

    public init(purpose: Purpose, values: [Field: String]) {
        self.purpose = purpose
        self.values = values
        self.opened = values
        self.field = Self.fields(for: purpose)[0]
    }

    /// The fields in Tab order.
    public static func fields(for purpose: Purpose) -> [Field] {
        switch purpose {
        case .recordInput: [.text, .date]
        case .answerInput: [.outcome, .answeredOn, .reason]
        case .plan: [.frequency, .content, .partners, .consent, .ended, .endReason]
        case .measure: [.title, .category, .place, .description]
        }
    }

    public var fields: [Field] { Self.fields(for: purpose) }
    public var hasTyped: Bool { values != opened }

    public subscript(_ field: Field) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }
}

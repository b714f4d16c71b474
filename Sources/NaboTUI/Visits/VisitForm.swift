import NaboCore

/// The visit form as the worker fills it in: what is typed in each field, which field has the
/// cursor, and the refusal of the last save shown at its field.
public struct VisitForm: Hashable, Sendable {
    /// The fields in Tab order.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case resident, date, kind, note, agreed, next

        /// The visit field a save's message names, as the schema calls it.
        public var schemaName: String {
            switch self {
            case .resident: "residents"
            case .date: "date"
            case .kind: "kind"
            case .note: "note"
            case .agreed: "agreed"
            case .next: "next"
            }
        }

        /// Fields whose text can be long enough to want the editor.
        public var isLongText: Bool { self == .note || self == .agreed }
    }

    /// Everything the worker can type, kept apart so the form can tell whether anything would be
    /// lost by leaving.
    public struct Values: Hashable, Sendable {
        /// What is typed to find the resident: part of a name, an address or an H-nummer.
        public var residentQuery = ""
        /// The chosen resident, as a row of the directory's residents.
        public var resident: Int?
        /// As typed: "22.11.2026 12:00".
        public var date = ""
        /// One of `Vocabulary.visitKind`.
        public var kind = "home-visit"
        public var note = ""
        public var agreed = ""
        /// The next visit's date, as typed.
        public var next = ""

        public init() {}
    }

    public var values: Values
    /// The visit (id) being corrected; nil for a new one.
    public var editing: String?
    /// What the form was opened with, to compare against.
    public var opened: Values
    /// The residents matching the query, as directory rows.
    public var matches: [Int]
    public var field: Field = .resident
    /// The last save's refusal; its `field` says where to show it.
    public var problem: Message?
    /// A save is on its way to the runner; its outcome clears the form or shows the problem.
    public var isSaving = false
    /// Esc was pressed with something typed: the next key says whether to throw it away.
    public var isLeaving = false

    public init(values: Values, matches: [Int]) {
        self.values = values
        self.opened = values
        self.matches = matches
    }

    /// Something typed that leaving would lose.
    public var hasTyped: Bool { values != opened }
}

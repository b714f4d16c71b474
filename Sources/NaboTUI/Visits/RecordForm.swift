import NaboCore

/// A form for one record: a new input (innspill), the answer to an open one, a resident's follow-up
/// plan, a measure, a dugnad's plan, what was done at it or a notice sent for it, an input or a
/// measure from a survey's follow-up answer, an address, a unit, a resident and a move. The fields
/// follow from the purpose; values are kept as typed.
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
        /// A dugnad's plan: a new one (nil), or the one with this id.
        case dugnad(String?)
        /// What was done at this dugnad (id).
        case dugnadNote(String)
        /// A notice sent for this dugnad (id): how, when, and a note.
        case notice(dugnad: String)
        /// An input from a follow-up answer of this response (id), to one of these statements.
        case followUpInput(response: String, statements: [String])
        /// A measure from a follow-up answer of this response (id), to one of these statements.
        case followUpMeasure(response: String, statements: [String])
        /// One more resident invited to this dugnad (id), found with the resident picker.
        case invite(dugnad: String)
        /// Which file of this dugnad (id) to write to the documents folder.
        case export(dugnad: String)
        /// An address: a new one (nil), or the one with this id.
        case address(String?)
        /// A unit at this address (id): a new one (nil), or the one with this id.
        case unit(address: String, unit: String?)
        /// A resident: a new one, living in this unit (id) when given, or the one with this id.
        case resident(unit: String?, resident: String?)
        /// This resident (id) moving to a unit or out, on a day.
        case move(resident: String)
        /// A measure of the action plan with every field: a new one (nil), or the one with this id.
        case planMeasure(String?)
        /// A counted event at this address, unit or resident (type, id).
        case event(at: EntityType, id: String)
        /// Erasing this resident (id) for good: why, and their name typed to confirm.
        case erase(resident: String)
        /// A work group meeting: a new one (nil), or the one with this id.
        case meeting(String?)
        /// An item of this meeting's (id) agenda: a new one (nil), or the one with this id.
        case agendaItem(meeting: String, item: String?)
        /// A measure decided at this agenda item (id), with every field of a plan measure.
        case decision(agendaItem: String)
        /// A line of the progress plan: a new one (nil), or the one with this id.
        case activity(String?)
    }

    public enum Field: String, Hashable, Sendable {
        // The raw values are the schema's field names, which a save's message names.
        case text, date, outcome, answeredOn, reason
        case frequency, content, partners, consent, ended, endReason
        /// A measure's; `place` is not stored as such: it says whether the unit goes with it.
        case title, category, place, description
        /// A dugnad's; `addresses` is typed as parts of addresses, separated by commas.
        case start, end, addresses, meetingPoint, tasks, equipment, food, note
        /// A notice's channel; not a schema field, it is written into the dugnad's `notices`.
        case how
        /// The statement whose follow-up answer is turned into an input or a measure.
        case statement
        /// The resident invited to a dugnad, as typed to find them.
        case invited
        /// Which export of a dugnad; a choice of `DugnadExport`.
        case export
        /// An address's; `number` is a unit's H-nummer on a unit's form, as in the schema.
        case street, number, letter, postcode, city, gnr, bnr
        /// A unit's; `status` is a measure's on a measure's form.
        case rooms, status
        /// A resident's.
        case name, phone, movedIn
        /// A move: to a unit (typed to find it, as a measure's unit is) or out.
        case moving, unit
        /// A measure's besides those it shares with the measure from a visit; `address` is typed
        /// to find it.
        case address, responsible, due, inspection, precondition, contact, costBearer, costToAgree
        /// A counted event's kind, a choice of `EventKind`.
        case kind
        /// A meeting's; its `place` is typed, where a measure's is a choice.
        case attendees, minutesSent
        /// An agenda item's; the flags are choices of no and yes.
        case minutes, parked, standing
        /// An activity's; its `responsible` is typed, where a measure's is a choice.
        case planned, done, round

        /// Fields whose text can be long enough to want the editor.
        public var isLongText: Bool { [.text, .reason, .content, .partners, .consent, .endReason, .description, .note, .minutes, .attendees].contains(self) }

        /// The values a choice field steps through with ↑/↓; nil for typed fields.
        public var choices: [String]? {
            switch self {
            case .outcome: Vocabulary.inputOutcome
            case .category: Vocabulary.category
            case .place: ["unit", "address"]
            case .how: NoticeChannel.allCases.map(\.rawValue)
            case .export: DugnadExport.allCases.map(\.rawValue)
            case .responsible: Vocabulary.responsible
            case .costToAgree, .parked, .standing: ["no", "yes"]
            case .moving: ["unit", "out"]
            case .kind: Vocabulary.eventKind
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
    /// The residents matching what is typed in `invited`, or the units matching what is typed in a
    /// move's `unit`, as directory rows, and the one chosen.
    public var matches: [Int] = []
    public var chosen: Int?

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
        case .dugnad: [.title, .start, .end, .addresses, .meetingPoint, .tasks, .equipment, .food, .partners]
        case .dugnadNote: [.note]
        case .notice: [.how, .date, .note]
        case .followUpInput: [.statement, .text]
        case .followUpMeasure: [.statement, .title, .category, .place]
        case .invite: [.invited]
        case .export: [.export]
        case .address: [.street, .number, .letter, .postcode, .city, .gnr, .bnr]
        case .unit: [.number, .rooms, .status]
        case .resident(let unit, nil): unit == nil ? [.name, .phone] : [.name, .phone, .movedIn]
        case .resident: [.name, .phone]
        case .move: [.moving, .unit, .date]
        case .event: [.kind, .date, .note]
        case .erase: [.reason, .name]
        case .planMeasure, .decision:
            [.title, .category, .status, .responsible, .address, .unit, .due, .inspection, .precondition, .contact, .costBearer, .costToAgree, .description]
        case .meeting: [.title, .date, .place, .attendees, .minutesSent, .note]
        case .agendaItem: [.title, .minutes, .parked, .standing]
        case .activity: [.title, .responsible, .planned, .done, .round]
        }
    }

    /// The values a choice field steps through: the statements answered for a follow-up, else the field's own.
    public func choices(_ field: Field) -> [String]? {
        switch (field, purpose) {
        case (.statement, .followUpInput(_, let statements)), (.statement, .followUpMeasure(_, let statements)): statements
        case (.status, .unit): Vocabulary.unitStatus
        case (.status, .planMeasure), (.status, .decision): Vocabulary.measureStatus
        case (.place, .meeting), (.responsible, .activity): nil
        default: field.choices
        }
    }

    public var fields: [Field] { Self.fields(for: purpose) }

    /// The response (id) a follow-up form turns an answer of.
    public var response: String? {
        switch purpose {
        case .followUpInput(let response, _), .followUpMeasure(let response, _): response
        default: nil
        }
    }
    public var hasTyped: Bool { values != opened }

    /// The field whose typing searches the directory: a resident to invite, or a unit to move to.
    public var searchField: Field? {
        switch purpose {
        case .invite: .invited
        case .move: .unit
        default: nil
        }
    }

    public subscript(_ field: Field) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }
}

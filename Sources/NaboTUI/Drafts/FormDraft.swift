import NaboCore

/// What a worker is typing, kept as a draft: the open visit form, record form or survey, with the
/// resident and the time of the last change. The runner writes it (sealed, in the data folder)
/// within a second of a keystroke and offers it back at the next start. Every reference is by
/// record id, not by a row of this start's lists, so it still points right after a sync.
public struct FormDraft: Codable, Hashable, Sendable {
    public struct VisitDraft: Codable, Hashable, Sendable {
        var resident: String?
        var residentQuery: String
        var date: String
        var kind: String
        var note: String
        var agreed: String
        var next: String
        var editing: String?
        var field: Int
    }

    public struct RecordDraft: Codable, Hashable, Sendable {
        /// The purpose's name and its ids, as `RecordForm.Purpose.words` writes them.
        var purpose: [String]
        var values: [String: String]
        var field: String
    }

    public struct SurveyDraft: Codable, Hashable, Sendable {
        var id: String
        var resident: String
        var form: String
        var formVersion: Int?
        var round: String
        var date: String?
        var answers: [String: Int]
        var noAnswer: [String]
        var followUps: [String: String]
        var consent: String?
        /// "consent", "statement", "finished", or "followUp" with its statement and text.
        var phase: String
        var followUpStatement: String?
        var followUpText: String?
        /// The resident's complete response in the round this one is to replace, by id.
        var replaces: String?
        /// The statement gone back to, an index into the form.
        var revisiting: Int?
    }

    var visit: VisitDraft?
    var record: RecordDraft?
    var survey: SurveyDraft?
    /// When it was last typed in, for the offer ("at 14:02"): the day and minutes of the day.
    public var day: String
    public var minutes: Int

    /// The draft the state holds: nil when no form is open and no survey is begun, and while a
    /// survey is only asking for consent (nothing of the resident's is typed yet).
    public init?(_ state: AppState, directory: Directory, now: LocalDateTime) {
        day = now.date.iso
        minutes = now.minutes ?? 0
        if let form = state.visits.form, form.hasTyped {
            let v = form.values
            visit = VisitDraft(resident: v.resident.map { directory.residents[$0].id }, residentQuery: v.residentQuery, date: v.date, kind: v.kind,
                               note: v.note, agreed: v.agreed, next: v.next, editing: form.editing, field: form.field.rawValue)
        } else if let form = state.recordForm, form.hasTyped {
            record = RecordDraft(purpose: form.purpose.words, values: Dictionary(uniqueKeysWithValues: form.values.map { ($0.key.rawValue, $0.value) }),
                                 field: form.field.rawValue)
        } else if let taking = state.survey, taking.phase != .consent, taking.phase != .sameRound {
            let r = taking.response
            var phase = "statement", statement: String?, text: String?
            switch taking.phase {
            case .consent, .sameRound: phase = "consent"
            case .statement: phase = "statement"
            case .finished: phase = "finished"
            case .followUp(let s, let t): (phase, statement, text) = ("followUp", s, t)
            }
            survey = SurveyDraft(id: r.id, resident: r.resident, form: r.form, formVersion: r.formVersion, round: r.round, date: r.date?.iso, answers: r.answers,
                                 noAnswer: r.noAnswer.sorted(), followUps: r.followUps, consent: r.consent?.iso, phase: phase,
                                 followUpStatement: statement, followUpText: text, replaces: taking.earlier?.id, revisiting: taking.revisiting)
        } else {
            return nil
        }
    }

    /// The same work, whenever it was typed: a draft is written again only when this changes.
    public func sameWork(as other: FormDraft?) -> Bool {
        guard let other else { return false }
        return visit == other.visit && record == other.record && survey == other.survey
    }

    /// The resident the draft is about, if it names one.
    var resident: String? {
        visit?.resident ?? survey?.resident ?? record.flatMap { RecordForm.Purpose(words: $0.purpose)?.resident }
    }
}

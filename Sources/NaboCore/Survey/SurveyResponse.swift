/// One resident's answers in a round, with the address they lived at as the store now knows it.
public struct SurveyResponse: Hashable, Sendable {
    /// The record's id; empty for a response not yet saved.
    public var id: String
    public var resident: String
    public var form: String
    public var formVersion: Int?
    public var round: String
    public var date: CalendarDate?
    /// Statement id to the answer 1...7; statements left unanswered are absent.
    public var answers: [String: Int]
    /// Statements the resident chose not to answer ("no answer"), as opposed to not reached yet.
    public var noAnswer: Set<String>
    /// Statement id to the resident's free-text answer to its follow-up question.
    public var followUps: [String: String]
    /// The day the resident consented to the survey.
    public var consent: CalendarDate?
    public var status: ResponseStatus
    public var address: String?

    public init(id: String, resident: String, form: String, formVersion: Int? = nil, round: String, date: CalendarDate? = nil,
                answers: [String: Int], noAnswer: Set<String> = [], followUps: [String: String] = [:], consent: CalendarDate? = nil,
                status: ResponseStatus = .complete, address: String? = nil) {
        self.id = id
        self.resident = resident
        self.form = form
        self.formVersion = formVersion
        self.round = round
        self.date = date
        self.answers = answers
        self.noAnswer = noAnswer
        self.followUps = followUps
        self.consent = consent
        self.status = status
        self.address = address
    }

    /// The live complete responses in the store: what results, rounds, exports and summaries count.
    /// Responses in progress are left out, so a paused survey neither starts a round nor falls foul
    /// of the two-thirds rule before it is finished.
    public static func all(in replica: Replica) -> [SurveyResponse] {
        replica.records(EntityType.response.rawValue).filter { !$0.isDeleted && status(of: $0) != .inProgress }
            .map { SurveyResponse($0, in: replica) }
    }

    /// A resident's paused surveys, to resume; the latest first.
    public static func inProgress(resident: String, in replica: Replica) -> [SurveyResponse] {
        replica.records(EntityType.response.rawValue)
            .filter { !$0.isDeleted && Self.resident(of: $0) == resident && status(of: $0) == .inProgress }
            .map { SurveyResponse($0, in: replica) }
            .sorted { ($0.date?.dayNumber ?? Int.min, $0.id) > ($1.date?.dayNumber ?? Int.min, $1.id) }
    }

    /// The response as fields for a change: answers as {"1": 5, "2": null} (null is "no answer"),
    /// follow-up answers, consent and status.
    public var edit: Edit {
        var scores: [String: JSONValue] = [:]
        for s in noAnswer { scores[s] = .null }
        for (s, n) in answers { scores[s] = .int(n) }
        var values = ["resident": resident, "form": form, "round": round, "answers": JSONValue.object(scores).jsonText,
                      "followUps": followUps.isEmpty ? "" : JSONValue.object(followUps.mapValues { .string($0) }).jsonText,
                      "status": status.rawValue, "consent": consent?.iso ?? "", "date": date?.iso ?? ""]
        if let formVersion { values["formVersion"] = String(formVersion) }
        return Edit(values: values)
    }
}

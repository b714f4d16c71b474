/// A survey response read from its record, with single fields for the passes over every response.
extension SurveyResponse {
    public init(_ record: Record, in replica: Replica) {
        let resident = Self.resident(of: record)
        var answers: [String: Int] = [:]
        var noAnswer: Set<String> = []
        for (k, v) in record["answers"]?.object ?? [:] {
            if let n = v.int, (1...7).contains(n) { answers[k] = n } else if v.isNull { noAnswer.insert(k) }
        }
        self.init(id: record.id, resident: resident, form: Self.form(of: record), formVersion: record["formVersion"]?.int,
                  round: Self.round(of: record), date: Self.date(of: record), answers: answers,
                  noAnswer: noAnswer, followUps: Self.followUps(of: record), consent: record.date("consent"),
                  status: Self.status(of: record), address: replica.address(ofResident: resident))
    }

    public static func resident(of record: Record) -> String { record.string("resident") ?? "" }
    public static func form(of record: Record) -> String { record.string("form") ?? "" }
    public static func round(of record: Record) -> String { record.string("round") ?? "" }
    public static func date(of record: Record) -> CalendarDate? { record.date("date") }

    /// A response stored before responses had a status was complete: nothing could be paused.
    public static func status(of record: Record) -> ResponseStatus {
        record.string("status").flatMap(ResponseStatus.init) ?? .complete
    }

    /// Statement id to the free-text answer; blank answers are none.
    public static func followUps(of record: Record) -> [String: String] {
        var followUps: [String: String] = [:]
        for (k, v) in record["followUps"]?.object ?? [:] {
            if let text = v.string, !text.trimmingWhitespace().isEmpty { followUps[k] = text }
        }
        return followUps
    }
}

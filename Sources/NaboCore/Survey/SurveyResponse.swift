/// One resident's answers in a round, with the address they lived at as the store now knows it.
public struct SurveyResponse: Equatable, Sendable {
    public var id: String
    public var resident: String
    public var form: String
    public var formVersion: Int?
    public var round: String
    public var date: CalendarDate?
    /// Statement id to the answer 1...7; statements left unanswered are absent.
    public var answers: [String: Int]
    public var address: String?

    public init(id: String, resident: String, form: String, formVersion: Int? = nil, round: String, date: CalendarDate? = nil,
                answers: [String: Int], address: String? = nil) {
        self.id = id
        self.resident = resident
        self.form = form
        self.formVersion = formVersion
        self.round = round
        self.date = date
        self.answers = answers
        self.address = address
    }

    public init(_ record: Record, in replica: Replica) {
        let resident = record.string("resident") ?? ""
        var answers: [String: Int] = [:]
        for (k, v) in record["answers"]?.object ?? [:] {
            // An answer is a number, or an object whose score is one (a follow-up answer beside it).
            if let n = v.int ?? v.object?["score"]?.int, (1...7).contains(n) { answers[k] = n }
        }
        self.init(id: record.id, resident: resident, form: record.string("form") ?? "", formVersion: record["formVersion"]?.int,
                  round: record.string("round") ?? "", date: record.string("date").flatMap { CalendarDate($0) }, answers: answers,
                  address: replica.record("resident", resident)?.string("unit").flatMap { replica.record("unit", $0)?.string("address") })
    }

    /// The live responses in the store.
    public static func all(in replica: Replica) -> [SurveyResponse] {
        replica.records("response").filter { !$0.isDeleted }.map { SurveyResponse($0, in: replica) }
    }
}

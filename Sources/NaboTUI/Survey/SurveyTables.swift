import NaboCore

/// What taking a survey needs from the store, built with the directory: the form to take, its
/// scale's words, the round a new response joins, and each resident's paused survey.
public struct SurveyTables: Sendable {
    public internal(set) var form: SurveyForm?
    /// The words of the scale, 1 to 7.
    public internal(set) var scale: [Message] = []
    /// The round a survey begun today joins (`SurveyRound.forNew`).
    public internal(set) var round = ""
    /// The name of a new round begun today, for a resident already surveyed in this one (`SurveyRound.another`).
    public internal(set) var anotherRound = ""
    /// Each resident's latest paused survey, by resident id.
    public internal(set) var paused: [String: SurveyResponse] = [:]
    /// The results of each round of complete responses, oldest first.
    public internal(set) var rounds: [SurveyResults] = []

    init() {}

    init(_ replica: Replica, today: CalendarDate) {
        let live = replica.records("response").filter { !$0.isDeleted }.map { SurveyResponse($0, in: replica) }
        let latest = SurveyRound.all(live).last
        round = SurveyRound.forNew(live, today: today)
        anotherRound = SurveyRound.another(live, today: today)
        // The form the latest round answered, else the newest form in the store.
        let used = live.filter { $0.round == latest?.name }.map(\.form)
        let record = used.last.flatMap { replica.live("form", $0) }
            ?? replica.records("form").filter { !$0.isDeleted }.max { $0.id < $1.id }
        if let record {
            form = SurveyForm(record)
            scale = SurveyForm.scaleWords(of: record)
        }
        let complete = live.filter { $0.status == .complete }
        rounds = SurveyRound.all(complete).map { SurveyResults(round: $0.name, form: nil, responses: complete, replica: replica) }
        for response in live where response.status == .inProgress {
            if let seen = paused[response.resident], (seen.date?.dayNumber ?? Int.min, seen.id) > (response.date?.dayNumber ?? Int.min, response.id) {
                continue
            }
            paused[response.resident] = response
        }
    }
}

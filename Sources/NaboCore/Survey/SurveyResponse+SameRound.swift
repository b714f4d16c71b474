/// A resident answers a round once: a second complete response in the same round would take the
/// first one's place in the results without a word. The survey screen asks the worker first, and
/// `nabo add response` is refused unless `--replace`; both ask here.
extension SurveyResponse {
    /// The resident's live complete response in the round, other than the record `except`.
    public static func complete(resident: String, round: String, except: String = "", in replica: Replica) -> SurveyResponse? {
        replica.records(EntityType.response.rawValue)
            .filter { !$0.isDeleted && $0.id != except && Self.resident(of: $0) == resident && Self.round(of: $0) == round && status(of: $0) == .complete }
            .map { SurveyResponse($0, in: replica) }
            .max { ($0.date?.dayNumber ?? Int.min, $0.id) < ($1.date?.dayNumber ?? Int.min, $1.id) }
    }

    /// The change that saves a response in place of the resident's earlier complete one in its
    /// round: the earlier one is deleted (and can be restored) in the same step, all or nothing.
    public static func replacing(_ earlier: SurveyResponse?, with change: Change) -> Change {
        guard let earlier else { return change }
        return .batch([.delete(.response, id: earlier.id), change])
    }

    /// For `nabo add response --replace`: the resident and round as typed, the round a new response
    /// joins when none is typed.
    public static func replacingEarlier(_ change: Change, in replica: Replica, today: CalendarDate) -> Change {
        guard case .add(.response, let edit) = change, let resident = edit.values["resident"] else { return change }
        let live = replica.records(EntityType.response.rawValue).filter { !$0.isDeleted }.map { SurveyResponse($0, in: replica) }
        let round = edit.values["round"].flatMap { $0.isEmpty ? nil : $0 } ?? SurveyRound.forNew(live, today: today)
        return replacing(complete(resident: resident, round: round, in: replica), with: change)
    }
}

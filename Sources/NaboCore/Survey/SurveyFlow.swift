/// Taking a survey one statement at a time, for the survey screen: which statement comes next, when
/// its follow-up question is asked, how far the resident has come, and the change that saves the
/// response, paused or complete.
public enum SurveyFlow {
    /// How far a response has come: statements answered 1-7, statements the resident chose not to
    /// answer, and the form's count.
    public struct Progress: Equatable, Sendable {
        public var answered: Int
        public var noAnswer: Int
        public var total: Int

        /// Statements dealt with, answered or not.
        public var done: Int { answered + noAnswer }
    }

    public struct Step: Equatable, Sendable {
        public var statement: SurveyForm.Statement
        /// 1 for the form's first statement.
        public var number: Int
        public var progress: Progress
    }

    /// The first statement, in form order, that has neither an answer nor "no answer"; nil when every
    /// statement is dealt with and the response can be completed.
    public static func next(_ form: SurveyForm, _ response: SurveyResponse) -> Step? {
        guard let i = form.statements.firstIndex(where: { response.answers[$0.id] == nil && !response.noAnswer.contains($0.id) }) else {
            return nil
        }
        return Step(statement: form.statements[i], number: i + 1, progress: progress(form, response))
    }

    public static func progress(_ form: SurveyForm, _ response: SurveyResponse) -> Progress {
        let ids = form.statements.map(\.id)
        return Progress(answered: ids.filter { response.answers[$0] != nil }.count,
                        noAnswer: ids.filter { response.answers[$0] == nil && response.noAnswer.contains($0) }.count,
                        total: ids.count)
    }

    /// Whether the follow-up question is asked without the worker requesting it: the statement has
    /// one and the answer is unfavourable, 3 or lower as worded positively, 5 or higher as worded
    /// negatively. "No answer" (nil) asks nothing.
    public static func asksFollowUp(_ statement: SurveyForm.Statement, answer: Int?) -> Bool {
        guard let answer, statement.followUp(.nb) != nil else { return false }
        return statement.negative ? answer >= 5 : answer <= 3
    }

    /// The change that saves the response: a new record when it has no id in the store yet, else an
    /// edit of it. A response in progress may have any number of answers; either way the rules ask
    /// for consent first.
    public static func save(_ response: SurveyResponse, in replica: Replica) -> Change {
        if !response.id.isEmpty, replica.record("response", response.id) != nil {
            return .set(.response, id: response.id, response.edit)
        }
        return .add(.response, response.edit)
    }
}

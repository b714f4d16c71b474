import NaboCore

/// A survey being taken with a resident, one statement at a time. Nothing is saved until the worker
/// pauses or completes it; both save the whole response.
public struct SurveyTaking: Hashable, Sendable {
    public enum Phase: Hashable, Sendable {
        /// The resident already answered this round: continue that response, replace it, or start a
        /// new round, before anything else.
        case sameRound
        /// Consent first: without it the survey is not taken.
        case consent
        /// The next statement not yet dealt with, or the one gone back to, waiting for an answer.
        case statement
        /// A statement's follow-up question, with the resident's answer as typed so far.
        case followUp(statement: String, text: String)
        /// Every statement dealt with: the answers reviewed, Enter completes.
        case finished
    }

    public var response: SurveyResponse
    public var phase: Phase
    /// A save is under way; the screen closes when it is reported done, and stays with the answers
    /// should it fail.
    public var closing: Bool
    /// The resident's complete response in this round: asked about first, and deleted in the same
    /// step when the worker chose to replace it and this one is completed.
    public var earlier: SurveyResponse?
    /// The statement gone back to (an index into the form), answered again in turn up to the next
    /// not dealt with; nil while the survey moves on.
    public var revisiting: Int?

    public init(response: SurveyResponse, phase: Phase, closing: Bool = false, earlier: SurveyResponse? = nil, revisiting: Int? = nil) {
        self.response = response
        self.phase = phase
        self.closing = closing
        self.earlier = earlier
        self.revisiting = revisiting
    }
}

public enum SurveyAction: Hashable, Sendable {
    /// S on a resident: a new survey, or their paused one resumed.
    case started
    /// On a resident who already answered this round: open that response again to change it.
    case earlierContinued
    /// ... or take the survey afresh, the earlier response deleted once this one is complete.
    case earlierReplaced
    /// ... or take it as the first response of a new round.
    case newRoundStarted
    case consentGiven
    case consentRefused
    /// 1 to 7, or nil for "no answer".
    case answered(Int?)
    /// f: the current statement's follow-up question, asked on request.
    case followUpAsked
    case typed(Character)
    /// Backspace on a follow-up answer; on an empty one, back to its statement.
    case erased
    /// ←: back one statement, to change its answer.
    case statementBack
    /// Enter on a follow-up: keep the answer and go on.
    case followUpKept
    /// Esc on a follow-up: go on without changing its answer.
    case followUpSkipped
    /// Esc: save what there is as in progress and leave, to resume later.
    case paused
    /// Enter when every statement is dealt with: save the response as complete.
    case completed
    /// On the results: `]` the next round, `[` the one before.
    case resultsRoundChanged(by: Int)
    /// On the results: Tab the next address (after all of them, all respondents again).
    case resultsAddressChanged(by: Int)
    /// On the results: `c` sets the round before beside the one shown.
    case resultsCompared
    /// `i` on a survey answer in a resident's timeline: an input from one of its follow-up answers.
    case followUpInputStarted
    /// `M` on a survey answer in a resident's timeline: a measure from one of its follow-up answers.
    case followUpMeasureStarted
}

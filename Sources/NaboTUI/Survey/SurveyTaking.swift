import NaboCore

/// A survey being taken with a resident, one statement at a time. Nothing is saved until the worker
/// pauses or completes it; both save the whole response.
public struct SurveyTaking: Hashable, Sendable {
    public enum Phase: Hashable, Sendable {
        /// Consent first: without it the survey is not taken.
        case consent
        /// The next statement not yet dealt with, waiting for an answer.
        case statement
        /// A statement's follow-up question, with the resident's answer as typed so far.
        case followUp(statement: String, text: String)
        /// Every statement dealt with: Enter completes.
        case finished
    }

    public var response: SurveyResponse
    public var phase: Phase
    /// A save is under way; the screen closes when it is reported done, and stays with the answers
    /// should it fail.
    public var closing: Bool

    public init(response: SurveyResponse, phase: Phase, closing: Bool = false) {
        self.response = response
        self.phase = phase
        self.closing = closing
    }
}

public enum SurveyAction: Hashable, Sendable {
    /// S on a resident: a new survey, or their paused one resumed.
    case started
    case consentGiven
    case consentRefused
    /// 1 to 7, or nil for "no answer".
    case answered(Int?)
    /// f: the current statement's follow-up question, asked on request.
    case followUpAsked
    case typed(Character)
    case erased
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

extension Step {
    mutating func survey(_ action: SurveyAction) -> [AppEffect] {
        if case .started = action { return startSurvey() }
        if action == .followUpInputStarted || action == .followUpMeasureStarted {
            followUpStarted(measure: action == .followUpMeasureStarted)
            return []
        }
        if case .survey(.results) = state.current.screen {
            surveyResults(action)
            return []
        }
        guard var taking = state.survey, !taking.closing, let form = directory.survey.form else { return [] }
        defer { if state.survey != nil { state.survey = taking } }
        let current = SurveyFlow.next(form, taking.response)
        switch (action, taking.phase) {
        case (.consentGiven, .consent):
            taking.response.consent = directory.today
            taking.phase = current == nil ? .finished : .statement
        case (.consentRefused, .consent):
            state.survey = nil
            state.places.removeLast()
            state.message = StatusMessage(.info, SurveyText.refused)
        case (.answered(let answer), .statement):
            guard let step = current else { return [] }
            let id = step.statement.id
            if let answer {
                taking.response.answers[id] = answer
                taking.response.noAnswer.remove(id)
            } else {
                taking.response.noAnswer.insert(id)
            }
            if SurveyFlow.asksFollowUp(step.statement, answer: answer) {
                taking.phase = .followUp(statement: id, text: taking.response.followUps[id] ?? "")
            } else {
                taking.phase = SurveyFlow.next(form, taking.response) == nil ? .finished : .statement
            }
        case (.followUpAsked, .statement):
            guard let step = current else { return [] }
            guard step.statement.followUp(.nb) != nil else {
                state.message = StatusMessage(.info, SurveyText.noFollowUp)
                return []
            }
            taking.phase = .followUp(statement: step.statement.id, text: taking.response.followUps[step.statement.id] ?? "")
        case (.typed(let character), .followUp(let id, let text)):
            taking.phase = .followUp(statement: id, text: text + String(character))
        case (.erased, .followUp(let id, let text)):
            taking.phase = .followUp(statement: id, text: String(text.dropLast()))
        case (.followUpKept, .followUp(let id, let text)):
            let kept = text.trimmingWhitespace()
            taking.response.followUps[id] = kept.isEmpty ? nil : String(kept)
            taking.phase = current == nil ? .finished : .statement
        case (.followUpSkipped, .followUp):
            taking.phase = current == nil ? .finished : .statement
        case (.paused, .statement), (.paused, .finished):
            taking.closing = true
            return [.save(save(taking.response, status: .inProgress), done: SurveyText.pausedSaved(SurveyFlow.progress(form, taking.response)))]
        case (.paused, .consent):
            state.survey = nil
            state.places.removeLast()
        case (.completed, .finished):
            taking.closing = true
            return [.save(save(taking.response, status: .complete), done: SurveyText.completedSaved(SurveyFlow.progress(form, taking.response)))]
        default:
            break
        }
        return []
    }

    /// The save of a response: a new record, or the paused one it resumed.
    private func save(_ response: SurveyResponse, status: ResponseStatus) -> Change {
        var response = response
        response.status = status
        response.date = directory.today
        return response.id.isEmpty ? .add(.response, response.edit) : .set(.response, id: response.id, response.edit)
    }

    private mutating func startSurvey() -> [AppEffect] {
        guard case .resident(let resident) = state.current.screen else { return [] }
        guard let form = directory.survey.form else {
            state.message = StatusMessage(.error, SurveyText.noForm)
            return []
        }
        if let paused = directory.survey.paused[resident] {
            state.survey = SurveyTaking(response: paused, phase: SurveyFlow.next(form, paused) == nil ? .finished : .statement)
            state.message = StatusMessage(.info, SurveyText.resumed(paused.round, SurveyFlow.progress(form, paused)))
        } else {
            let response = SurveyResponse(id: "", resident: resident, form: form.id, formVersion: form.version, round: directory.survey.round,
                                          date: directory.today, answers: [:], status: .inProgress)
            state.survey = SurveyTaking(response: response, phase: .consent)
        }
        state.places.append(Place(.survey(.taking(resident))))
        return []
    }

    /// The runner reports the survey's save: the screen closes once it is written, and stays, answers
    /// and all, when it was refused.
    mutating func surveySaveReported(succeeded: Bool) {
        guard let taking = state.survey, taking.closing else { return }
        if succeeded {
            state.survey = nil
            if case .survey = state.current.screen { state.places.removeLast() }
        } else {
            state.survey?.closing = false
        }
    }
}

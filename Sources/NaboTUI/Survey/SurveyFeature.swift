import NaboCore

/// Taking the survey with a resident, its results, and a follow-up answer turned into an input or
/// a measure. Its own state is the survey being taken.
struct SurveyFeature: Feature {
    static let id = FeatureID.survey
    static var state: WritableKeyPath<AppState, SurveyTaking?> { \.survey }
    var survey: SurveyTaking?
    var shell: Shell
    var own: SurveyTaking? { survey }

    init(_ own: SurveyTaking?, shell: Shell) {
        survey = own
        self.shell = shell
    }

    mutating func reduce(_ action: SurveyAction) -> [AppEffect] {
        if case .started = action { return startSurvey() }
        if action == .followUpInputStarted || action == .followUpMeasureStarted {
            followUpStarted(measure: action == .followUpMeasureStarted)
            return []
        }
        if case .survey(.results) = shell.current.screen {
            surveyResults(action)
            return []
        }
        guard var taking = survey, !taking.closing, let form = directory.survey.form else { return [] }
        defer { if survey != nil { survey = taking } }
        let current = SurveyFlow.next(form, taking.response)
        switch (action, taking.phase) {
        case (.consentGiven, .consent):
            taking.response.consent = directory.today
            taking.phase = current == nil ? .finished : .statement
        case (.consentRefused, .consent):
            survey = nil
            shell.places.removeLast()
            shell.say(.info, SurveyText.refused)
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
                shell.say(.info, SurveyText.noFollowUp)
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
            survey = nil
            shell.places.removeLast()
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
        guard case .resident(let resident) = shell.current.screen else { return [] }
        guard let form = directory.survey.form else {
            shell.say(.error, SurveyText.noForm)
            return []
        }
        if let paused = directory.survey.paused[resident] {
            survey = SurveyTaking(response: paused, phase: SurveyFlow.next(form, paused) == nil ? .finished : .statement)
            shell.say(.info, SurveyText.resumed(paused.round, SurveyFlow.progress(form, paused)))
        } else {
            let response = SurveyResponse(id: "", resident: resident, form: form.id, formVersion: form.version, round: directory.survey.round,
                                          date: directory.today, answers: [:], status: .inProgress)
            survey = SurveyTaking(response: response, phase: .consent)
        }
        shell.places.append(Place(.survey(.taking(resident))))
        return []
    }

    /// The runner reports the survey's save: the screen closes once it is written, and stays, answers
    /// and all, when it was refused.
    mutating func saveReported(_ outcome: SaveOutcome) -> [AppEffect] {
        guard let taking = survey, taking.closing else { return [] }
        switch outcome {
        case .saved:
            survey = nil
            if case .survey = shell.screen { shell.places.removeLast() }
        case .refused:
            survey?.closing = false
        }
        return []
    }
}

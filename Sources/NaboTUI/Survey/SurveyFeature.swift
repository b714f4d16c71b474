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
        let current = Self.current(form, taking)
        switch (action, taking.phase) {
        case (.earlierContinued, .sameRound):
            guard let earlier = taking.earlier else { return [] }
            taking = SurveyTaking(response: earlier, phase: .finished)
        case (.earlierReplaced, .sameRound):
            taking.phase = taking.response.consent == nil ? .consent : Self.onward(form, taking.response)
        case (.newRoundStarted, .sameRound):
            taking.response.round = directory.survey.anotherRound
            taking.earlier = nil
            taking.phase = taking.response.consent == nil ? .consent : Self.onward(form, taking.response)
        case (.consentGiven, .consent):
            taking.response.consent = directory.today
            taking.phase = Self.onward(form, taking.response)
        case (.consentRefused, .consent), (.paused, .consent), (.paused, .sameRound):
            survey = nil
            shell.places.removeLast()
            if action == .consentRefused { shell.say(.info, SurveyText.refused) }
        case (.answered(let answer), .statement):
            guard let statement = current else { return [] }
            let id = statement.id
            if let answer {
                taking.response.answers[id] = answer
                taking.response.noAnswer.remove(id)
            } else {
                taking.response.answers[id] = nil
                taking.response.noAnswer.insert(id)
            }
            if SurveyFlow.asksFollowUp(statement, answer: answer) {
                taking.phase = .followUp(statement: id, text: taking.response.followUps[id] ?? "")
            } else {
                Self.advance(&taking, form)
            }
        case (.statementBack, .statement), (.statementBack, .finished):
            let index = taking.phase == .finished ? form.statements.count
                : taking.revisiting ?? (SurveyFlow.next(form, taking.response).map { $0.number - 1 } ?? form.statements.count)
            guard index > 0 else {
                shell.say(.info, SurveyText.atFirstStatement)
                return []
            }
            taking.revisiting = index - 1
            taking.phase = .statement
        case (.followUpAsked, .statement):
            guard let statement = current else { return [] }
            guard statement.followUp(.nb) != nil else {
                shell.say(.info, SurveyText.noFollowUp)
                return []
            }
            taking.phase = .followUp(statement: statement.id, text: taking.response.followUps[statement.id] ?? "")
        case (.typed(let character), .followUp(let id, let text)):
            // A digit first is the worker answering the next statement before the follow-up came up.
            if text.isEmpty, character.isNumber || character == "-" {
                shell.say(.info, SurveyText.followUpIsText)
                return []
            }
            taking.phase = .followUp(statement: id, text: text + String(character))
        case (.erased, .followUp(let id, let text)):
            if text.isEmpty {
                taking.revisiting = form.statements.firstIndex { $0.id == id }
                taking.phase = .statement
            } else {
                taking.phase = .followUp(statement: id, text: String(text.dropLast()))
            }
        case (.followUpKept, .followUp(let id, let text)):
            let kept = text.trimmingWhitespace()
            taking.response.followUps[id] = kept.isEmpty ? nil : String(kept)
            Self.advance(&taking, form)
        case (.followUpSkipped, .followUp):
            Self.advance(&taking, form)
        case (.paused, .statement), (.paused, .finished):
            taking.closing = true
            // A complete response opened again stays complete: pausing it would take it out of the results.
            if taking.response.status == .complete {
                return [.save(save(taking.response, status: .complete), done: SurveyText.changedSaved(SurveyFlow.progress(form, taking.response)))]
            }
            return [.save(save(taking.response, status: .inProgress), done: SurveyText.pausedSaved(SurveyFlow.progress(form, taking.response)))]
        case (.completed, .finished):
            taking.closing = true
            return [.save(SurveyResponse.replacing(taking.earlier, with: save(taking.response, status: .complete)),
                          done: SurveyText.completedSaved(SurveyFlow.progress(form, taking.response)))]
        default:
            break
        }
        return []
    }

    /// The statement on screen: the one gone back to, else the next not dealt with.
    static func current(_ form: SurveyForm, _ taking: SurveyTaking) -> SurveyForm.Statement? {
        if let index = taking.revisiting, form.statements.indices.contains(index) { return form.statements[index] }
        return SurveyFlow.next(form, taking.response)?.statement
    }

    /// After consent: the next statement, or the end when every one is dealt with.
    static func onward(_ form: SurveyForm, _ response: SurveyResponse) -> SurveyTaking.Phase {
        SurveyFlow.next(form, response) == nil ? .finished : .statement
    }

    /// On from a statement: after one gone back to, the one after it, until the survey is back
    /// where it was; else the next not dealt with, or the end.
    static func advance(_ taking: inout SurveyTaking, _ form: SurveyForm) {
        let next = SurveyFlow.next(form, taking.response).map { $0.number - 1 } ?? form.statements.count
        if let index = taking.revisiting, index + 1 < next {
            taking.revisiting = index + 1
            taking.phase = .statement
        } else {
            taking.revisiting = nil
            taking.phase = onward(form, taking.response)
        }
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
        var taking: SurveyTaking
        if let paused = directory.survey.paused[resident] {
            taking = SurveyTaking(response: paused, phase: Self.onward(form, paused))
            shell.say(.info, SurveyText.resumed(paused.round, SurveyFlow.progress(form, paused)))
        } else {
            let response = SurveyResponse(id: "", resident: resident, form: form.id, formVersion: form.version, round: directory.survey.round,
                                          date: directory.today, answers: [:], status: .inProgress)
            taking = SurveyTaking(response: response, phase: .consent)
        }
        // A second complete response in a round would silently take the first one's place.
        if let earlier = SurveyResponse.complete(resident: resident, round: taking.response.round, except: taking.response.id, in: directory.replica) {
            taking.earlier = earlier
            taking.phase = .sameRound
        }
        survey = taking
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

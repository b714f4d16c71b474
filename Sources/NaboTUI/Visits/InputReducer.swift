import NaboCore

/// The input form's part of a reduction: the same form keys as a visit, on the input's fields.
extension Step {
    /// `i`: a new input from the resident on screen.
    mutating func inputStarted() {
        guard let id = residentOnScreen else {
            state.message = StatusMessage(.warning, VisitText.chooseResidentFirst)
            return
        }
        var values = InputForm.Values()
        values.date = VisitText.dateTime(LocalDateTime(date: now.date), state.language)
        state.visits.input = InputForm(purpose: .record(resident: id), values: values)
    }

    /// `s` on the open inputs: answer the selected one, acted on today unless changed.
    mutating func answerStarted() {
        let rows = rows
        let selected = position.selected
        guard case .inputs = state.current.screen, selected < rows.count else { return }
        var values = InputForm.Values()
        values.answeredOn = VisitText.dateTime(LocalDateTime(date: now.date), state.language)
        state.visits.input = InputForm(purpose: .answer(input: directory.openInputs[rows[selected]].id), values: values)
    }

    /// One form action on the input form; `leave` closes it.
    func change(_ form: inout InputForm, _ action: VisitAction) -> (effects: [AppEffect], leave: Bool) {
        if form.isLeaving, case .leaveAnswered(let yes) = action {
            form.isLeaving = false
            return ([], yes)
        }
        form.isLeaving = false
        let fields = form.fields
        let index = fields.firstIndex(of: form.field) ?? 0
        switch action {
        case .typed(let character):
            edit(&form) { $0.append(character) }
        case .erased:
            edit(&form) { if !$0.isEmpty { $0.removeLast() } }
        case .nextField:
            form.field = fields[(index + 1) % fields.count]
        case .previousField:
            form.field = fields[(index + fields.count - 1) % fields.count]
        case .choiceMoved(let amount):
            guard form.field == .outcome else { break }
            let outcomes = Vocabulary.inputOutcome
            let current = outcomes.firstIndex(of: form.values.outcome) ?? 0
            form.values.outcome = outcomes[(current + amount % outcomes.count + outcomes.count) % outcomes.count]
        case .entered:
            guard index == fields.count - 1 else {
                form.field = fields[index + 1]
                break
            }
            return (save(&form), false)
        case .saveRequested:
            return (save(&form), false)
        case .editorRequested:
            if form.field == .text || form.field == .reason {
                return ([.editText(form.field == .text ? form.values.text : form.values.reason)], false)
            }
        case .leaveRequested:
            guard form.hasTyped else { return ([], true) }
            form.isLeaving = true
        case .leaveAnswered, .formOpened, .timelineOpened, .notAtHomeStarted, .notAtHomeAnswered, .inputStarted, .answerStarted:
            break
        }
        return ([], false)
    }

    private func edit(_ form: inout InputForm, _ change: (inout String) -> Void) {
        switch form.field {
        case .text: change(&form.values.text)
        case .date: change(&form.values.date)
        case .outcome: break
        case .answeredOn: change(&form.values.answeredOn)
        case .reason: change(&form.values.reason)
        }
    }

    /// A new input, or the answer to one; the core's rules say what is missing or wrong.
    private func save(_ form: inout InputForm) -> [AppEffect] {
        form.problem = nil
        form.isSaving = true
        let values = form.values
        switch form.purpose {
        case .record(let resident):
            var fields = ["resident": resident, "text": values.text]
            if !values.date.allSatisfy(\.isWhitespace) { fields["date"] = values.date }
            return [.save(.add(.input, Edit(values: fields)), done: VisitText.inputSaved(directory.resident(resident)?.name ?? ""))]
        case .answer(let input):
            // Empty clears a field: an answer without a reason must not keep an old one.
            let fields = ["outcome": values.outcome, "answeredOn": values.answeredOn, "reason": values.reason]
            return [.save(.set(.input, id: input, Edit(values: fields)), done: VisitText.inputAnswered)]
        }
    }
}

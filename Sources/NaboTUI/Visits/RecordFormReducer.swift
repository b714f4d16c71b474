import NaboCore

/// The record form's part of a reduction: the same form keys as a visit, on its own fields.
extension Step {
    /// `i`: a new input from the resident on screen.
    mutating func inputStarted() {
        guard let id = residentOnScreen else {
            state.message = StatusMessage(.warning, VisitText.chooseResidentFirst)
            return
        }
        state.visits.record = RecordForm(purpose: .recordInput(resident: id), values: [.date: today])
    }

    /// `s` on the open inputs: answer the selected one, acted on today unless changed.
    mutating func answerStarted() {
        let rows = rows
        let selected = position.selected
        guard case .inputs = state.current.screen, selected < rows.count else { return }
        state.visits.record = RecordForm(purpose: .answerInput(input: directory.openInputs[rows[selected]].id),
                                         values: [.outcome: "acted-on", .answeredOn: today])
    }

    /// `p` on a resident: their follow-up plan as it stands, or a new one.
    mutating func planStarted() {
        guard case .resident(let id) = state.current.screen else { return }
        let plan = directory.followUpPlan(of: id)
        var values: [RecordForm.Field: String] = [:]
        if let plan {
            values[.frequency] = plan["frequency"]?.int.map(String.init)
            values[.content] = plan.string("content")
            values[.partners] = plan["partners"].map(PartnerText.lines)
            values[.consent] = plan.string("consent")
            values[.ended] = plan.string("ended").flatMap { CalendarDate($0) }.map { VisitText.dateTime(LocalDateTime(date: $0), state.language) }
            values[.endReason] = plan.string("endReason")
        }
        state.visits.record = RecordForm(purpose: .plan(resident: id, plan: plan?.id), values: values.compactMapValues { $0 })
    }

    /// `m` on a visit: a measure at its unit, "other" until the category is chosen.
    mutating func measureStarted() {
        guard let visit = selectedVisit else { return }
        state.visits.record = RecordForm(purpose: .measure(visit: visit.id), values: [.category: "other", .place: visit.unitID == nil ? "address" : "unit"])
    }

    private var today: String { VisitText.dateTime(LocalDateTime(date: now.date), state.language) }

    /// One form action on the record form; `leave` closes it.
    func change(_ form: inout RecordForm, _ action: VisitAction) -> (effects: [AppEffect], leave: Bool) {
        if form.isLeaving, case .leaveAnswered(let yes) = action {
            form.isLeaving = false
            return ([], yes)
        }
        form.isLeaving = false
        let fields = form.fields
        let index = fields.firstIndex(of: form.field) ?? 0
        switch action {
        case .typed(let character):
            if form.choices(form.field) == nil { form[form.field].append(character) }
            residentSearched(&form)
        case .erased:
            if form.choices(form.field) == nil, !form[form.field].isEmpty { form[form.field].removeLast() }
            residentSearched(&form)
        case .nextField:
            form.field = fields[(index + 1) % fields.count]
        case .previousField:
            form.field = fields[(index + fields.count - 1) % fields.count]
        case .choiceMoved(let amount) where form.field == .invited:
            form.chosen = ResidentPicker.moved(form.chosen, in: form.matches, by: amount)
        case .choiceMoved(let amount):
            guard let choices = form.choices(form.field) else { break }
            let current = choices.firstIndex(of: form[form.field]) ?? 0
            form[form.field] = choices[(current + amount % choices.count + choices.count) % choices.count]
        case .entered:
            guard index == fields.count - 1 else {
                form.field = fields[index + 1]
                break
            }
            return (save(&form), false)
        case .saveRequested:
            return (save(&form), false)
        case .editorRequested:
            if form.field.isLongText { return ([.editText(form[form.field])], false) }
        case .leaveRequested:
            guard form.hasTyped else { return ([], true) }
            form.isLeaving = true
        case .leaveAnswered, .formOpened, .timelineOpened, .notAtHomeStarted, .notAtHomeAnswered, .inputStarted, .answerStarted, .planStarted,
             .measureStarted, .editStarted, .deleteStarted, .deleteAnswered:
            break
        }
        return ([], false)
    }

    /// Typing in the invited field searches, and the first match is chosen.
    private func residentSearched(_ form: inout RecordForm) {
        guard form.field == .invited else { return }
        form.matches = ResidentPicker.matches(form[.invited], in: directory)
        form.chosen = form.matches.first
    }

    /// The change the form stands for; the core's rules say what is missing or wrong.
    private func save(_ form: inout RecordForm) -> [AppEffect] {
        form.problem = nil
        form.isSaving = true
        switch form.purpose {
        case .recordInput(let resident):
            var fields = ["resident": resident, "text": form[.text]]
            if !form[.date].allSatisfy(\.isWhitespace) { fields["date"] = form[.date] }
            return [.save(.add(.input, Edit(values: fields)), done: VisitText.inputSaved(directory.resident(resident)?.name ?? ""))]
        case .answerInput(let input):
            // Empty clears a field: an answer without a reason must not keep an old one.
            let fields = ["outcome": form[.outcome], "answeredOn": form[.answeredOn], "reason": form[.reason]]
            return [.save(.set(.input, id: input, Edit(values: fields)), done: VisitText.inputAnswered)]
        case .plan(let resident, let plan):
            var fields: [String: String] = [:]
            for field in form.fields { fields[field.rawValue] = form[field] }
            fields["partners"] = PartnerText.json(form[.partners])
            let name = directory.resident(resident)?.name ?? ""
            guard let plan else {
                fields["resident"] = resident
                return [.save(.add(.followUp, Edit(values: fields.filter { !$0.value.isEmpty })), done: VisitText.planSaved(name))]
            }
            return [.save(.set(.followUp, id: plan, Edit(values: fields)), done: VisitText.planSaved(name))]
        case .measure(let visit):
            let description = form[.description].allSatisfy(\.isWhitespace) ? nil : form[.description]
            do throws(Message) {
                let change = try VisitChanges.measure(visit: visit, title: form[.title], category: form[.category], atUnit: form[.place] == "unit",
                                                      description: description, in: directory.replica)
                return [.save(change, done: VisitText.measureSaved(form[.title]))]
            } catch {
                form.isSaving = false
                form.problem = error
                return []
            }
        case .dugnad, .dugnadNote, .notice, .invite, .export:
            return dugnadSave(&form)
        case .followUpInput, .followUpMeasure:
            return followUpSave(&form)
        }
    }
}

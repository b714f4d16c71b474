import NaboCore

/// The visit form's and not-at-home's part of a reduction. Typing only changes the form; saving
/// names a `.save` effect, and the runner's `.saved`/`.saveFailed` comes back through
/// `visitSaved`/`visitRefused`.
extension Step {
    mutating func visit(_ action: VisitAction) -> [AppEffect] {
        switch action {
        case .formOpened:
            state.visits.form = blankForm(for: residentOnScreen)
        case .timelineOpened:
            switch state.current.screen {
            case .resident(let id): state.places.append(Place(.timeline(id)))
            case .unit(let id): state.places.append(Place(.history(id)))
            default: break
            }
        case .notAtHomeStarted:
            guard let id = residentOnScreen, let resident = directory.resident(id) else {
                state.message = StatusMessage(.warning, VisitText.chooseResidentFirst)
                return []
            }
            state.visits.notAtHomeFor = id
            state.message = StatusMessage(.info, VisitText.confirmNotAtHome(resident.name))
        case .notAtHomeAnswered(let yes):
            guard let id = state.visits.notAtHomeFor else { return [] }
            state.visits.notAtHomeFor = nil
            guard yes else { return [] }
            let edit = Edit(values: ["residents": id, "date": now.iso, "kind": "not-at-home"])
            return [.save(.add(.visit, edit), done: VisitText.notAtHomeSaved(directory.resident(id)?.name ?? ""))]
        case .inputStarted:
            inputStarted()
        case .answerStarted:
            answerStarted()
        case .planStarted:
            planStarted()
        case .measureStarted:
            measureStarted()
        case .editStarted:
            editStarted()
        case .deleteStarted:
            guard let visit = selectedVisit else { return [] }
            state.visits.deleting = visit.id
            state.message = StatusMessage(.warning, VisitText.confirmDelete(VisitText.describe(visit, state.language)))
        case .deleteAnswered(let yes):
            guard let id = state.visits.deleting else { return [] }
            state.visits.deleting = nil
            guard yes else { return [] }
            return [.save(.delete(.visit, id: id), done: VisitText.visitDeleted)]
        default:
            if var form = state.visits.form {
                let effects = change(&form, action)
                state.visits.form = effects.leave ? nil : form
                return effects.effects
            }
            guard var record = state.visits.record else { return [] }
            let effects = change(&record, action)
            state.visits.record = effects.leave ? nil : record
            return effects.effects
        }
        return []
    }

    /// A save came back: a form waiting for it starts over for the next visit.
    mutating func visitSaved() {
        if state.visits.record?.isSaving == true { state.visits.record = nil }
        guard let form = state.visits.form, form.isSaving else { return }
        // A corrected visit is done with; a new one leaves the form ready for the next.
        state.visits.form = form.editing == nil ? blankForm(for: nil) : nil
    }

    /// A save was refused: the form keeps everything and shows why at the field.
    mutating func visitRefused(_ message: Message) {
        if var record = state.visits.record, record.isSaving {
            record.isSaving = false
            record.problem = message
            record.field = record.fields.first { $0.rawValue == message.field } ?? record.field
            state.visits.record = record
        }
        guard var form = state.visits.form, form.isSaving else { return }
        form.isSaving = false
        form.problem = message
        if let field = VisitForm.Field.allCases.first(where: { $0.schemaName == message.field }) {
            form.field = field
        }
        state.visits.form = form
    }

    /// The editor gave back the text of the field it was opened for.
    mutating func textEdited(_ text: String) {
        let trimmed = String(text.reversed().drop { $0.isNewline }.reversed())
        if var record = state.visits.record, record.field.isLongText {
            record[record.field] = trimmed
            state.visits.record = record
        }
        guard var form = state.visits.form else { return }
        switch form.field {
        case .note: form.values.note = trimmed
        case .agreed: form.values.agreed = trimmed
        default: return
        }
        state.visits.form = form
    }

    /// The resident the screen is about: the one open, or the one selected in a list of residents.
    var residentOnScreen: String? {
        switch state.current.screen {
        case .resident(let id), .timeline(let id):
            return id
        case .residents, .unit, .due, .week:
            let rows = rows
            let selected = position.selected
            guard selected < rows.count, let next = directory.destination(from: state.current.screen, row: rows[selected]),
                  case .resident(let id) = next else { return nil }
            return id
        default:
            return nil
        }
    }

    /// The visit selected in the resident's list of visits.
    var selectedVisit: VisitEntry? {
        guard case .resident = state.current.screen else { return nil }
        let rows = rows
        let selected = position.selected
        return selected < rows.count ? directory.visit(at: rows[selected]) : nil
    }

    /// `e`: the form holding the selected visit as stored, to correct and save over it.
    mutating func editStarted() {
        guard let visit = selectedVisit else { return }
        var values = VisitForm.Values()
        if let row = visit.residents.first {
            values.resident = row
            values.residentQuery = directory.residents[row].name
        }
        if let day = visit.day {
            values.date = VisitText.dateTime(LocalDateTime(date: day, minutes: visit.minutes), state.language)
        }
        values.kind = visit.kind
        values.note = visit.note
        values.agreed = visit.agreed
        values.next = visit.nextVisit.map { VisitText.dateTime(LocalDateTime(date: $0), state.language) } ?? ""
        var form = VisitForm(values: values, matches: values.resident.map { [$0] } ?? [])
        form.editing = visit.id
        state.visits.form = form
    }

    func blankForm(for residentID: String?) -> VisitForm {
        var values = VisitForm.Values()
        values.date = VisitText.dateTime(now, state.language)
        if let residentID, let row = directory.residentByID[residentID] {
            values.resident = row
            values.residentQuery = directory.residents[row].name
            return VisitForm(values: values, matches: [row])
        }
        return VisitForm(values: values, matches: [])
    }

    /// One form action; `leave` closes the form.
    func change(_ form: inout VisitForm, _ action: VisitAction) -> (effects: [AppEffect], leave: Bool) {
        if form.isLeaving, case .leaveAnswered(let yes) = action {
            form.isLeaving = false
            return ([], yes)
        }
        form.isLeaving = false
        switch action {
        case .typed(let character):
            edit(&form) { $0.append(character) }
        case .erased:
            edit(&form) { if !$0.isEmpty { $0.removeLast() } }
        case .nextField:
            form.field = VisitForm.Field(rawValue: (form.field.rawValue + 1) % VisitForm.Field.allCases.count)!
        case .previousField:
            let count = VisitForm.Field.allCases.count
            form.field = VisitForm.Field(rawValue: (form.field.rawValue + count - 1) % count)!
        case .choiceMoved(let amount):
            moveChoice(&form, by: amount)
        case .entered:
            guard form.field == .next else {
                form.field = VisitForm.Field(rawValue: form.field.rawValue + 1)!
                return ([], false)
            }
            return (save(&form), false)
        case .saveRequested:
            return (save(&form), false)
        case .editorRequested:
            guard form.field.isLongText else { return ([], false) }
            return ([.editText(form.field == .note ? form.values.note : form.values.agreed)], false)
        case .leaveRequested:
            guard form.hasTyped else { return ([], true) }
            form.isLeaving = true
        case .leaveAnswered, .formOpened, .timelineOpened, .notAtHomeStarted, .notAtHomeAnswered, .inputStarted, .answerStarted, .planStarted,
             .measureStarted, .editStarted, .deleteStarted, .deleteAnswered:
            break
        }
        return ([], false)
    }

    /// Typing in a field; in the resident field it searches, and the first match is chosen.
    private func edit(_ form: inout VisitForm, _ change: (inout String) -> Void) {
        switch form.field {
        case .resident:
            change(&form.values.residentQuery)
            let query = form.values.residentQuery
            form.matches = ResidentPicker.matches(query, in: directory)
            form.values.resident = form.matches.first
        case .date: change(&form.values.date)
        case .kind: break
        case .note: change(&form.values.note)
        case .agreed: change(&form.values.agreed)
        case .next: change(&form.values.next)
        }
    }

    private func moveChoice(_ form: inout VisitForm, by amount: Int) {
        switch form.field {
        case .resident:
            form.values.resident = ResidentPicker.moved(form.values.resident, in: form.matches, by: amount)
        case .kind:
            let kinds = Vocabulary.visitKind
            let index = kinds.firstIndex(of: form.values.kind) ?? 0
            form.values.kind = kinds[(index + amount % kinds.count + kinds.count) % kinds.count]
        default:
            break
        }
    }

    /// The visit as the core's rules read it; empty fields are left out, so the rules say what
    /// is missing.
    private func save(_ form: inout VisitForm) -> [AppEffect] {
        let values = form.values
        var fields = ["kind": values.kind]
        for (name, text) in [("date", values.date), ("note", values.note), ("agreed", values.agreed), ("next", values.next)]
        where !text.allSatisfy(\.isWhitespace) {
            fields[name] = text
        }
        guard let row = values.resident else {
            form.problem = values.residentQuery.isEmpty ? VisitText.residentMissing : VisitText.noResidentMatches(values.residentQuery)
            form.field = .resident
            return []
        }
        form.problem = nil
        form.isSaving = true
        let name = directory.residents[row].name
        let residents = ["residents": [directory.residents[row].id]]
        guard let id = form.editing, directory.visit(id) != nil else {
            return [.save(.add(.visit, Edit(values: fields, replacements: residents)), done: VisitText.saved(name))]
        }
        // Empty clears a field.
        for field in ["note", "agreed", "next"] where fields[field] == nil { fields[field] = "" }
        return [.save(.set(.visit, id: id, Edit(values: fields, replacements: residents)), done: VisitText.visitCorrected(name))]
    }
}

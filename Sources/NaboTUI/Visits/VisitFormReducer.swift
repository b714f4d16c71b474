import NaboCore

/// The visit form's keys: typing, moving between fields and choices, saving and leaving.
extension VisitFeature {
    /// `e`: the form holding the selected visit as stored, to correct and save over it.
    mutating func editStarted() {
        guard let visit = selectedVisit else { return }
        var values = VisitForm.Values()
        if let row = visit.residents.first {
            values.resident = row
            values.residentQuery = directory.residents[row].name
        }
        if let day = visit.day {
            values.date = VisitText.dateTime(LocalDateTime(date: day, minutes: visit.minutes), language)
        }
        values.kind = visit.kind
        values.note = visit.note
        values.agreed = visit.agreed
        values.next = visit.nextVisit.map { VisitText.dateTime(LocalDateTime(date: $0), language) } ?? ""
        var form = VisitForm(values: values, matches: values.resident.map { [$0] } ?? [])
        form.editing = visit.id
        form.field = values.resident == nil ? .resident : .note
        visits.form = form
    }

    func blankForm(for residentID: String?) -> VisitForm {
        var values = VisitForm.Values()
        values.date = VisitText.dateTime(now, language)
        if let residentID, let row = directory.residentByID[residentID] {
            values.resident = row
            values.residentQuery = directory.residents[row].name
            // The resident is known: what is left to type is what happened.
            var form = VisitForm(values: values, matches: [row])
            form.field = .note
            return form
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
        case .cleared:
            edit(&form) { $0 = "" }
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
        default:
            break
        }
        return ([], false)
    }

    /// Typing in a field; in the resident field it searches, and the first match is chosen. A
    /// refusal shown at the field is taken away: it spoke of text that is no longer there.
    private func edit(_ form: inout VisitForm, _ change: (inout String) -> Void) {
        if form.problem?.field == form.field.schemaName { form.problem = nil }
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

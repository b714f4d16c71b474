import NaboCore

/// Logging visits: the visit form, not at home, correcting and deleting a visit, and the record
/// forms a resident's screen starts (an input, its answer, a follow-up plan, a measure). Typing
/// only changes the form; saving names a `.save` effect, whose outcome comes back to
/// `saveReported`.
struct VisitFeature: Feature {
    static let id = FeatureID.visits
    static var state: WritableKeyPath<AppState, VisitState> { \.visits }
    var visits: VisitState
    var shell: Shell
    var own: VisitState { visits }

    init(_ own: VisitState, shell: Shell) {
        visits = own
        self.shell = shell
    }

    mutating func reduce(_ action: VisitAction) -> [AppEffect] {
        switch action {
        case .formOpened:
            visits.form = blankForm(for: shell.residentOnScreen)
        case .timelineOpened:
            switch shell.screen {
            case .resident(let id): shell.places.append(Place(.timeline(id)))
            case .unit(let id): shell.places.append(Place(.history(id)))
            default: break
            }
        case .notAtHomeStarted:
            guard let id = shell.residentOnScreen, let resident = directory.resident(id) else {
                shell.say(.warning, VisitText.chooseResidentFirst)
                return []
            }
            visits.notAtHomeFor = id
            shell.say(.info, VisitText.confirmNotAtHome(resident.name))
        case .notAtHomeAnswered(let yes):
            guard let id = visits.notAtHomeFor else { return [] }
            visits.notAtHomeFor = nil
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
            visits.deleting = visit.id
            shell.say(.warning, VisitText.confirmDelete(VisitText.describe(visit, language)))
        case .deleteAnswered(let yes):
            guard let id = visits.deleting else { return [] }
            visits.deleting = nil
            guard yes else { return [] }
            return [.save(.delete(.visit, id: id), done: VisitText.visitDeleted)]
        case .typed, .erased, .cleared, .nextField, .previousField, .choiceMoved, .entered, .saveRequested, .editorRequested, .leaveRequested,
             .leaveAnswered:
            guard var form = visits.form else { return [] }
            let effects = change(&form, action)
            visits.form = effects.leave ? nil : form
            return effects.effects
        }
        return []
    }

    /// A saved visit leaves the form ready for the next, a corrected one is done with; a refused
    /// one keeps everything and shows why at the field.
    mutating func saveReported(_ outcome: SaveOutcome) -> [AppEffect] {
        guard var form = visits.form, form.isSaving else { return [] }
        switch outcome {
        case .saved:
            visits.form = form.editing == nil ? blankForm(for: nil) : nil
        case .refused(let message):
            form.isSaving = false
            form.problem = message
            if let field = VisitForm.Field.allCases.first(where: { $0.schemaName == message.field }) {
                form.field = field
            }
            visits.form = form
        }
        return []
    }

    /// The editor gave back the text of the field it was opened for.
    mutating func textEdited(_ text: String) -> [AppEffect] {
        guard var form = visits.form else { return [] }
        switch form.field {
        case .note: form.values.note = RecordForm.edited(text)
        case .agreed: form.values.agreed = RecordForm.edited(text)
        default: return []
        }
        visits.form = form
        return []
    }

    /// The visit selected in the resident's list of visits.
    var selectedVisit: VisitEntry? {
        guard case .resident = shell.screen, let row = shell.selectedRow else { return nil }
        return directory.visit(at: row)
    }
}

extension VisitAction {
    /// The keys of an open form, the visit form's or the record form's.
    var isFormKey: Bool {
        switch self {
        case .typed, .erased, .cleared, .nextField, .previousField, .choiceMoved, .entered, .saveRequested, .editorRequested, .leaveRequested,
             .leaveAnswered: true
        default: false
        }
    }
}

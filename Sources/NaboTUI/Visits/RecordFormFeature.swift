import NaboCore

/// The record form shown over the screen, whichever feature presented it: the same form keys as
/// a visit, on its own fields. Saving asks the feature the form's purpose belongs to for its change.
struct RecordFormFeature: Feature {
    static let id = FeatureID.recordForm
    static var state: WritableKeyPath<AppState, Void> { \.noState }
    var shell: Shell
    var own: Void { () }

    init(_ own: Void, shell: Shell) {
        self.shell = shell
    }

    mutating func reduce(_ action: VisitAction) -> [AppEffect] {
        guard var form = shell.form else { return [] }
        let effects = change(&form, action)
        shell.form = effects.leave ? nil : form
        return effects.effects
    }

    /// A saved form closes; a refused one keeps everything and shows why at the field.
    mutating func saveReported(_ outcome: SaveOutcome) -> [AppEffect] {
        guard var form = shell.form, form.isSaving else { return [] }
        switch outcome {
        case .saved:
            shell.form = nil
            // An erased resident's screen is left for the one before it, which no longer lists them.
            if case .erase = form.purpose, shell.places.count > 1 { shell.places.removeLast() }
            // A measure changed on its own screen shows the change in its history at once.
            if case .measure(let id) = shell.screen { return [.loadHistory(type: EntityType.measure.rawValue, id: id)] }
        case .refused(let message):
            form.refused(message)
            shell.form = form
        }
        return []
    }

    /// The editor gave back the text of the field it was opened for.
    mutating func textEdited(_ text: String) -> [AppEffect] {
        guard var form = shell.form, form.field.isLongText else { return [] }
        form[form.field] = RecordForm.edited(text)
        shell.form = form
        return []
    }

    /// One form action; `leave` closes the form. Not optimised: the release compiler (Swift 6.x)
    /// crashes in its CopyPropagation pass on this function since the form gained the event and
    /// erasure purposes; a form action is one keystroke, so its speed does not matter.
    @_optimize(none)
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
            edit(&form) { $0.append(character) }
        case .erased:
            edit(&form) { if !$0.isEmpty { $0.removeLast() } }
        case .cleared:
            edit(&form) { $0 = "" }
        case .nextField:
            form.field = fields[(index + 1) % fields.count]
        case .previousField:
            form.field = fields[(index + fields.count - 1) % fields.count]
        case .choiceMoved(let amount) where form.field == form.searchField:
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
        default:
            break
        }
        return ([], false)
    }

    /// Typing in a typed field; a refusal shown at it is taken away, since it spoke of text that is
    /// no longer there.
    private func edit(_ form: inout RecordForm, _ change: (inout String) -> Void) {
        guard form.choices(form.field) == nil else { return }
        change(&form[form.field])
        if form.problem?.field == form.field.rawValue { form.problem = nil }
        residentSearched(&form)
    }

    /// Typing in the invited field searches the residents, in a move's unit the units, and the
    /// first match is chosen.
    private func residentSearched(_ form: inout RecordForm) {
        guard let field = form.searchField, form.field == field else { return }
        form.matches = field == .invited ? ResidentPicker.matches(form[field], in: directory) : UnitPicker.matches(form[field], in: directory)
        form.chosen = form.matches.first
    }

    /// The change the form stands for, from the feature its purpose belongs to; a problem found
    /// before saving is shown at its field as a refused save would be.
    private func save(_ form: inout RecordForm) -> [AppEffect] {
        form.problem = nil
        do throws(Message) {
            guard let effect = try featureChange(form) else { return [] }
            form.isSaving = true
            return [effect]
        } catch {
            form.refused(error)
            return []
        }
    }
}

extension RecordFormFeature {
    /// The first feature that owns the form's purpose says what change it stands for; the others
    /// are not asked.
    func featureChange(_ form: RecordForm) throws(Message) -> AppEffect? {
        if let effect = try VisitFeature.change(form, in: directory) { return effect }
        if let effect = try DugnadFeature.change(form, in: directory, language: language) { return effect }
        if let effect = try SurveyFeature.change(form, in: directory) { return effect }
        if let effect = try StockFeature.change(form, in: directory, language: language) { return effect }
        if let effect = try PlanFeature.change(form, in: directory) { return effect }
        if let effect = EventFeature.change(form, in: directory) { return effect }
        if let effect = MeetingFeature.change(form) ?? ProgressFeature.change(form) { return effect }
        return try PersonFeature.change(form, in: directory)
    }
}

extension RecordForm {
    /// Not saving any more, with the reason at its field.
    mutating func refused(_ message: Message) {
        isSaving = false
        problem = message
        field = fields.first { $0.rawValue == message.field } ?? field
    }

    /// Text back from the editor, without the newline editors add at the end.
    static func edited(_ text: String) -> String {
        String(text.reversed().drop { $0.isNewline }.reversed())
    }
}

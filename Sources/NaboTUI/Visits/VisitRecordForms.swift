import NaboCore

/// The record forms a resident's screens start: an input (`i`), its answer (`s`), the follow-up
/// plan (`p`) and a measure from a visit (`m`), and the change each stands for once filled in.
extension VisitFeature {
    /// `i`: a new input from the resident on screen.
    mutating func inputStarted() {
        guard let id = shell.residentOnScreen else {
            shell.say(.warning, VisitText.chooseResidentFirst)
            return
        }
        shell.form = RecordForm(purpose: .recordInput(resident: id), values: [.date: today])
    }

    /// `s` on the open inputs: answer the selected one, acted on today unless changed.
    mutating func answerStarted() {
        guard case .inputs = shell.screen, let row = shell.selectedRow else { return }
        shell.form = RecordForm(purpose: .answerInput(input: directory.openInputs[row].id), values: [.outcome: "acted-on", .answeredOn: today])
    }

    /// `p` on a resident: their follow-up plan as it stands, or a new one.
    mutating func planStarted() {
        guard case .resident(let id) = shell.screen else { return }
        let plan = directory.followUpPlan(of: id).map(FollowUpPlan.init)
        var values: [RecordForm.Field: String] = [:]
        if let plan {
            values[.frequency] = plan.frequency.map(String.init)
            values[.content] = plan.content
            values[.partners] = plan.partners.map(PartnerText.lines)
            values[.consent] = plan.consent
            values[.ended] = plan.ended.map { VisitText.dateTime(LocalDateTime(date: $0), language) }
            values[.endReason] = plan.endReason
        }
        shell.form = RecordForm(purpose: .plan(resident: id, plan: plan?.id), values: values.compactMapValues { $0 })
    }

    /// `m` on a visit: a measure at its unit, "other" until the category is chosen.
    mutating func measureStarted() {
        guard let visit = selectedVisit else { return }
        shell.form = RecordForm(purpose: .measure(visit: visit.id), values: [.category: "other", .place: visit.unitID == nil ? "address" : "unit"])
    }

    private var today: String { VisitText.dateTime(LocalDateTime(date: now.date), language) }

    /// The change an input, answer, plan or measure form stands for; the core's rules say what is
    /// missing or wrong.
    static func change(_ form: RecordForm, in directory: Directory) throws(Message) -> AppEffect? {
        switch form.purpose {
        case .recordInput(let resident):
            var fields = ["resident": resident, "text": form[.text]]
            if !form[.date].allSatisfy(\.isWhitespace) { fields["date"] = form[.date] }
            return .save(.add(.input, Edit(values: fields)), done: VisitText.inputSaved(directory.resident(resident)?.name ?? ""))
        case .answerInput(let input):
            // Empty clears a field: an answer without a reason must not keep an old one.
            let fields = ["outcome": form[.outcome], "answeredOn": form[.answeredOn], "reason": form[.reason]]
            return .save(.set(.input, id: input, Edit(values: fields)), done: VisitText.inputAnswered)
        case .plan(let resident, let plan):
            var fields: [String: String] = [:]
            for field in form.fields { fields[field.rawValue] = form[field] }
            fields["partners"] = PartnerText.json(form[.partners])
            let name = directory.resident(resident)?.name ?? ""
            guard let plan else {
                fields["resident"] = resident
                return .save(.add(.followUp, Edit(values: fields.filter { !$0.value.isEmpty })), done: VisitText.planSaved(name))
            }
            return .save(.set(.followUp, id: plan, Edit(values: fields)), done: VisitText.planSaved(name))
        case .measure(let visit):
            let description = form[.description].allSatisfy(\.isWhitespace) ? nil : form[.description]
            let change = try VisitChanges.measure(visit: visit, title: form[.title], category: form[.category], atUnit: form[.place] == "unit",
                                                  description: description, in: directory.replica)
            return .save(change, done: VisitText.measureSaved(form[.title]))
        default:
            return nil
        }
    }
}

import NaboCore

/// A survey answer's follow-up turned into an input (`i`) or a measure (`M`), from the answer's
/// entry in the resident's timeline; the core links what is made back to the response.
extension SurveyFeature {
    /// The form for the selected timeline entry's follow-up answers, the first statement chosen.
    mutating func followUpStarted(measure: Bool) {
        guard let response = selectedResponse, let statements = Self.followUpStatements(response), let first = statements.first else {
            shell.say(.warning, SurveyText.chooseFollowUp)
            return
        }
        shell.form = measure
            ? RecordForm(purpose: .followUpMeasure(response: response.id, statements: statements),
                         values: [.statement: first, .category: "other", .place: "unit"])
            : RecordForm(purpose: .followUpInput(response: response.id, statements: statements), values: [.statement: first])
    }

    /// The response selected on a resident's timeline.
    private var selectedResponse: Record? {
        guard case .timeline = shell.current.screen else { return nil }
        let entries = directory.timeline(shell.screen)
        guard let row = shell.selectedRow, entries[row].kind == .response else { return nil }
        return directory.replica.live(EntityType.response.rawValue, entries[row].id)
    }

    /// The statements with a follow-up answer, in the form's order; nil when there are none.
    static func followUpStatements(_ response: Record) -> [String]? {
        let answered = SurveyResponse.followUps(of: response).keys
        let statements = answered.sorted { (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1) }
        return statements.isEmpty ? nil : statements
    }

    /// The input or measure a follow-up form stands for; nil for a form of another feature.
    static func change(_ form: RecordForm, in directory: Directory) throws(Message) -> AppEffect? {
        switch form.purpose {
        case .followUpInput(let response, _):
            let text = form[.text].trimmingWhitespace().isEmpty ? nil : form[.text]
            let change = try FollowUpChanges.input(response: response, statement: form[.statement], text: text, in: directory.replica)
            return .save(change, done: SurveyText.inputMade(form[.statement]))
        case .followUpMeasure(let response, _):
            let change = try FollowUpChanges.measure(response: response, statement: form[.statement], title: form[.title],
                                                     category: form[.category], atUnit: form[.place] == "unit", in: directory.replica)
            return .save(change, done: VisitText.measureSaved(form[.title]))
        default:
            return nil
        }
    }
}

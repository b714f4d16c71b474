import NaboCore

/// A measure with every field on the record form: a new one (`M` on the board, the matrix, an
/// address or a unit, or decided at a meeting's agenda item) with what the screen says of it, or the
/// one on screen (`e`), and the change it stands for.
extension PlanFeature {
    /// What a new measure starts as, wherever it is made.
    static let newValues: [RecordForm.Field: String] = [.category: "other", .status: MeasureStatus.fallback.rawValue, .responsible: "byggdrift",
                                                        .costToAgree: "no"]

    /// From the board in the selected card's column, from the matrix at the selected cell's
    /// address, from an address or a unit there.
    mutating func measureStarted() {
        var values = Self.newValues
        let selected = selectedMeasure.map(Measure.init)
        switch shell.screen {
        case .board:
            if let selected { values[.status] = selected.statusValue }
        case .matrix:
            if let address = selected?.address.flatMap(directory.address) { values[.address] = address.title }
        case .address(let id):
            values[.address] = directory.address(id)?.title
        case .unit(let id):
            guard let row = directory.unitByID[id] else { return }
            values[.address] = directory.units[row].address.map { directory.addresses[$0].title }
            values[.unit] = directory.units[row].number
        default:
            return
        }
        shell.form = RecordForm(purpose: .planMeasure(nil), values: values.compactMapValues { $0 })
    }

    mutating func measureChangeStarted() {
        guard case .measure(let id) = shell.screen, let record = directory.measure(id) else { return }
        let measure = Measure(record)
        var values: [RecordForm.Field: String?] = [
            .title: measure.title, .category: measure.categoryValue, .status: measure.statusValue, .responsible: measure.responsibleValue,
            .address: measure.address.flatMap(directory.address)?.title, .unit: measure.unit.flatMap(directory.unit)?.number,
            .due: measure.due?.text(language), .inspection: measure.inspection?.text(language), .precondition: measure.precondition,
            .contact: measure.contact, .costBearer: measure.costBearer, .description: measure.description,
        ]
        values[.costToAgree] = measure.costToAgree ? "yes" : "no"
        shell.form = RecordForm(purpose: .planMeasure(id), values: values.compactMapValues { $0 })
    }

    /// A new measure names what is typed, so the core's rules say what is missing; a changed one
    /// sets every field, and empty clears.
    static func change(_ form: RecordForm, in directory: Directory) throws(Message) -> AppEffect? {
        let id: String?, agendaItem: String?
        switch form.purpose {
        case .planMeasure(let measure): (id, agendaItem) = (measure, nil)
        case .decision(let item): (id, agendaItem) = (nil, item)
        default: return nil
        }
        let place = MeasurePlace(address: form[.address], unit: form[.unit], directory: directory)
        if let problem = place.problem { throw problem }
        var values: [String: String] = [:]
        for field in form.fields { values[field.rawValue] = field == .description ? form[field] : String(form[field].trimmingWhitespace()) }
        values["address"] = place.address.map { directory.addresses[$0].id } ?? ""
        values["unit"] = place.unit.map { directory.units[$0].id } ?? ""
        values["costToAgree"] = form[.costToAgree] == "yes" ? "true" : "false"
        if let agendaItem { values["agendaItem"] = agendaItem }
        let title = String(form[.title].trimmingWhitespace())
        guard let id else {
            return .save(.add(.measure, Edit(values: values.filter { !$0.value.allSatisfy(\.isWhitespace) })), done: VisitText.measureSaved(title))
        }
        return .save(.set(.measure, id: id, Edit(values: values)), done: PlanText.measureChanged(title))
    }
}

extension RecordForm.Purpose {
    /// A form with every field of a plan measure: its address and unit are found as typed.
    var isMeasure: Bool {
        switch self {
        case .planMeasure, .decision: true
        default: false
        }
    }
}

import NaboCore

/// The housing stock's forms, on the record form: an address (`a` on the addresses, `e` on an
/// address), a unit (`a` on an address, `e` on a unit), a resident (`a` on a unit or the residents,
/// `E` on a resident) and a move (`f` on a resident), and the change each stands for.
extension StockFeature {
    mutating func addStarted() {
        switch shell.screen {
        case .addresses:
            shell.form = RecordForm(purpose: .address(nil), values: [:])
        case .address(let id):
            shell.form = RecordForm(purpose: .unit(address: id, unit: nil), values: [.status: UnitStatus.vacant.rawValue])
        case .unit(let id):
            shell.form = RecordForm(purpose: .resident(unit: id, resident: nil), values: [.movedIn: directory.today.text(language)])
        case .residents:
            shell.form = RecordForm(purpose: .resident(unit: nil, resident: nil), values: [:])
        default:
            break
        }
    }

    /// The record on screen in its form, every field as stored.
    mutating func changeStarted() {
        guard let (type, id, _) = recordOnScreen, let record = directory.replica.live(type.rawValue, id) else { return }
        let purpose: RecordForm.Purpose = switch type {
        case .address: .address(id)
        case .unit: .unit(address: record.string("address") ?? "", unit: id)
        default: .resident(unit: nil, resident: id)
        }
        shell.form = RecordForm(purpose: purpose, values: Self.stored(record, RecordForm.fields(for: purpose), language))
    }

    /// `f`: to a unit, from today; the unit is found by what is typed.
    mutating func moveStarted() {
        guard case .resident(let id) = shell.screen else { return }
        shell.form = RecordForm(purpose: .move(resident: id), values: [.moving: "unit", .date: directory.today.text(language)])
        shell.form?.field = .unit
    }

    /// The fields' stored values as a worker types them: dates as the screens show them.
    static func stored(_ record: Record, _ fields: [RecordForm.Field], _ language: Language) -> [RecordForm.Field: String] {
        var values: [RecordForm.Field: String] = [:]
        for field in fields {
            guard let value = record[field.rawValue] else { continue }
            if field == .movedIn, let day = value.string.flatMap(CalendarDate.init) {
                values[field] = day.text(language)
            } else if let text = value.string {
                values[field] = text
            } else if let number = value.int {
                values[field] = String(number)
            }
        }
        return values
    }

    /// The change an address, unit, resident or move form stands for; nil for a form of another
    /// feature. A new record names only what is typed, so the core's rules say what is missing; a
    /// changed one sets every field of the form, and empty clears.
    static func change(_ form: RecordForm, in directory: Directory, language: Language) throws(Message) -> AppEffect? {
        var values: [String: String] = [:]
        for field in form.fields { values[field.rawValue] = String(form[field].trimmingWhitespace()) }
        let typed = values.filter { !$0.value.isEmpty }
        switch form.purpose {
        case .address(let id):
            let title = [values["street"] ?? "", (values["number"] ?? "") + (values["letter"] ?? "")].filter { !$0.isEmpty }.joined(separator: " ")
            let done = StockText.addressSaved(title)
            return .save(id.map { .set(.address, id: $0, Edit(values: values)) } ?? .add(.address, Edit(values: typed)), done: done)
        case .unit(let address, let id):
            let done = StockText.unitSaved((try? HNumber(values["number"] ?? ""))?.value ?? values["number"] ?? "")
            guard let id else { return .save(.add(.unit, Edit(values: typed.merging(["address": address]) { $1 })), done: done) }
            return .save(.set(.unit, id: id, Edit(values: values)), done: done)
        case .resident(let unit, let id):
            let done = StockText.residentSaved(values["name"] ?? "")
            guard let id else { return .save(.add(.resident, Edit(values: unit.map { typed.merging(["unit": $0]) { $1 } } ?? typed)), done: done) }
            return .save(.set(.resident, id: id, Edit(values: values)), done: done)
        case .move(let resident):
            return try move(form, resident: resident, in: directory)
        default:
            return nil
        }
    }

    static func move(_ form: RecordForm, resident: String, in directory: Directory) throws(Message) -> AppEffect {
        let text = String(form[.date].trimmingWhitespace())
        guard let day = CalendarDate(text) else {
            throw Message(nb: "«\(text)» er ikke en gyldig dato. Skriv for eksempel 22.11.2026.", en: "“\(text)” is not a valid date. Write for example 22 Nov 2026.",
                          field: "date")
        }
        let name = directory.resident(resident)?.name ?? ""
        guard form[.moving] != "out" else {
            return .save(try Move.change(resident: resident, to: .out, on: day, today: directory.today, in: directory.replica),
                         done: StockText.movedOut(name, day))
        }
        guard let row = form.chosen else { throw StockText.noUnitMatches(form[.unit]) }
        let change = try Move.change(resident: resident, to: .unit(directory.units[row].id), on: day, today: directory.today, in: directory.replica)
        return .save(change, done: StockText.movedIn(name, directory.home(ofUnit: row), day))
    }
}

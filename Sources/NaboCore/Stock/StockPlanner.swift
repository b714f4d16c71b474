/// One pass of an import over the sheet's rows: each row is read, matched and planned step by step
/// against a scratch copy of the replica that holds the rows before it, through `Planner`, so the
/// rules that refuse a typed change refuse the row. Indexes of addresses, units and residents make
/// matching a lookup rather than a search, so 1,600 rows plan in well under a second.
struct StockPlanner {
    let sheet: StockSheet
    let base: Replica
    var scratch: Replica
    var context: Context
    /// Residents erased earlier, refused as new rows; nil to bring them back.
    var erased: ErasedPeople?
    var ops: [Op] = []
    var refusals: [StockImport.Refusal] = []
    var unchanged = 0
    var dataRows = 0

    var addresses: [AddressKey: [String]] = [:]
    var units: [UnitKey: String] = [:]
    var residents: [ResidentKey: String] = [:]
    /// Residents by name alone, to know one the sheet has at another unit.
    var namesakes: [String: [String]] = [:]
    /// (resident, unit) pairs with a stay on record.
    var stays = Set<[String]>()
    /// The row that first named each unit, resident and address, for "also on row N".
    var seenUnits: [String: Int] = [:]
    var seenResidents: [String: Int] = [:]
    var addressRows: [String: (postcode: String?, city: String?, row: Int)] = [:]

    /// The row being planned: its number, and how many operations it has planned so far.
    var row = 0
    var rowOps = 0

    struct AddressKey: Hashable {
        var street: String
        var number: String
        var letter: String

        init(_ street: String, _ number: String, _ letter: String) {
            self.street = street.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            self.number = number
            self.letter = letter.uppercased()
        }
    }

    struct UnitKey: Hashable {
        var address: String
        var number: String
    }

    struct ResidentKey: Hashable {
        var name: String
        var unit: String?

        init(_ name: String, _ unit: String?) {
            self.name = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            self.unit = unit
        }
    }

    /// A refusal of the row, with the column it is about.
    struct Refused: Error {
        var field: StockField?
        var reason: Message
    }

    init(sheet: StockSheet, base: Replica, context: Context, erased: ErasedPeople?) {
        self.sheet = sheet
        self.base = base
        scratch = base
        self.context = context
        self.erased = erased
        for r in base.records(EntityType.address.rawValue) where !r.isDeleted {
            let a = Address(r)
            addresses[AddressKey(a.street, a.numberText, a.letter), default: []].append(a.id)
        }
        for r in base.records(EntityType.unit.rawValue) where !r.isDeleted {
            let u = HousingUnit(r)
            if let address = u.address { units[UnitKey(address: address, number: u.number)] = u.id }
        }
        for r in base.records(EntityType.resident.rawValue) where !r.isDeleted {
            let key = ResidentKey(r.string("name") ?? "", Resident.unit(of: r))
            residents[key] = r.id
            namesakes[key.name, default: []].append(r.id)
        }
        for r in base.records(EntityType.tenancy.rawValue) where !r.isDeleted {
            let t = Tenancy(r)
            if let resident = t.resident, let unit = t.unit { stays.insert([resident, unit]) }
        }
    }

    /// Plans every row not refused already; true when a row was refused part-way and the pass must
    /// be made again without it.
    mutating func run(_ rows: [[String]], skipping excluded: [Int: StockImport.Refusal], progress: (Int, Int) -> Void) -> Bool {
        var poisoned = false
        for i in (sheet.headerIndex + 1)..<max(sheet.headerIndex + 1, rows.count) {
            if i % 200 == 0 { progress(i, rows.count) }
            let cells = rows[i]
            guard !cells.isEmpty else { continue }
            dataRows += 1
            row = i + 1
            guard excluded[row] == nil else { continue }
            rowOps = 0
            do throws(Refused) {
                switch sheet.kind {
                case .units: try unitRow(cells)
                case .residents: try residentRow(cells)
                }
                if rowOps == 0 { unchanged += 1 }
            } catch {
                refusals.append(StockImport.Refusal(row: row, column: error.field.map(sheet.title) ?? Message(nb: "", en: ""),
                                                    reason: error.reason, cells: cells))
                if rowOps > 0 { poisoned = true }
            }
        }
        progress(rows.count, rows.count)
        return poisoned
    }

    /// Plans one step of the row's change on the scratch copy; a rule's refusal is the row's, under
    /// the column of the field the rule names (or `field`).
    @discardableResult
    mutating func step(_ change: Change, _ field: StockField) throws(Refused) -> [Op] {
        do throws(Message) {
            let planned = try Planner.plan(change, scratch: &scratch, context: &context)
            ops += planned
            rowOps += planned.count
            return planned
        } catch {
            throw Refused(field: column(of: error.field, in: change) ?? field, reason: error)
        }
    }

    /// The sheet's column for a field a rule names.
    func column(of schemaField: String?, in change: Change) -> StockField? {
        guard let schemaField else { return nil }
        var type: EntityType?
        if case .add(let t, _) = change { type = t }
        if case .set(let t, _, _) = change { type = t }
        switch (type, schemaField) {
        case (.unit?, "number"): return .hNumber
        case (.unit?, "address"): return .street
        case (.tenancy?, "from"), (_, "date"): return .movedIn
        case (.tenancy?, "to"): return .movedOut
        case (.resident?, "unit"): return sheet.columns[.unit] != nil ? .unit : .hNumber
        default: return StockField.allCases.first { $0.schemaField == schemaField }
        }
    }

    /// Reads a cell through one of `StockCell`'s readers; "" is nil (the cell says nothing).
    func read<T>(_ field: StockField, _ cells: [String], _ reader: (String) throws(Message) -> T) throws(Refused) -> T? {
        let t = sheet.cell(cells, field)
        guard !t.isEmpty else { return nil }
        do throws(Message) { return try reader(t) } catch { throw Refused(field: field, reason: error) }
    }

    func has(_ field: StockField) -> Bool { sheet.columns[field] != nil }

    func refuse(_ field: StockField, nb: String, en: String) -> Refused {
        Refused(field: field, reason: Message(nb: nb, en: en))
    }
}

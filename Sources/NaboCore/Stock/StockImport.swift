/// `nabo import`: an office's own sheet of units or residents, as rows of text cells, turned into
/// one change through the same rules as `nabo add` and `nabo set`. Each row is matched against what
/// Nabo holds (units by address and H-nummer, residents by the `id` that `nabo export stock` writes,
/// else by name and unit), so a second import of the same sheet changes nothing and an edited sheet
/// changes just what was edited. A row that cannot be read or that a rule refuses is refused alone,
/// with its row number as the spreadsheet shows it, its column and the reason.
public enum StockImport {
    public struct Refusal: Equatable, Sendable {
        /// As the spreadsheet numbers rows: the first row is 1.
        public var row: Int
        public var column: Message
        public var reason: Message
        /// The row as the sheet has it, for the file of refused rows.
        public var cells: [String]

        public var message: Message {
            Message(nb: "Rad \(row), \(column.nb): \(reason.nb)", en: "Row \(row), \(column.en): \(reason.en)")
        }
    }

    public struct Outcome: Sendable {
        public var sheet: StockSheet
        /// The operations of the one change, planned against the replica and context given.
        public var ops: [Op]
        public var refusals: [Refusal]
        public var created: [EntityType: Int]
        public var updated: [EntityType: Int]
        /// Rows that match Nabo already.
        public var unchanged: Int
        /// The data rows read (the header and empty rows not counted).
        public var rows: Int
    }

    public static func plan(rows: [[String]], kind: StockExport.Kind? = nil, map: [String: StockField] = [:], replica: Replica,
                            context: Context, erased: ErasedPeople? = nil, progress: (Int, Int) -> Void = { _, _ in }) throws(Message) -> Outcome {
        let sheet = try StockSheet(rows: rows, kind: kind, map: map)
        var excluded: [Int: Refusal] = [:]
        // A row refused after some of its steps were planned leaves them in the scratch copy, so the
        // rows are planned again without it; a row refused before its first step leaves nothing.
        while true {
            var planner = StockPlanner(sheet: sheet, base: replica, context: context, erased: erased)
            let poisoned = planner.run(rows, skipping: excluded, progress: progress)
            for r in planner.refusals { excluded[r.row] = r }
            if !poisoned {
                let refusals = excluded.values.sorted { $0.row < $1.row }
                return Outcome(sheet: sheet, ops: planner.ops, refusals: refusals, created: count(planner.ops, in: replica, existing: false),
                               updated: count(planner.ops, in: replica, existing: true), unchanged: planner.unchanged, rows: planner.dataRows)
            }
        }
    }

    /// Records the operations create (not in the replica before) or change, by type.
    static func count(_ ops: [Op], in replica: Replica, existing: Bool) -> [EntityType: Int] {
        var seen = Set<String>()
        var out: [EntityType: Int] = [:]
        for op in ops where seen.insert(op.entity).inserted && (replica.record(op.type, op.entity) != nil) == existing {
            if let t = EntityType(rawValue: op.type) { out[t, default: 0] += 1 }
        }
        return out
    }

    /// The file of refused rows: the sheet's own columns and a last one with the reason, to be
    /// corrected and imported again (the reason column is then one Nabo does not know, and ignored).
    public static func refusedRows(_ outcome: Outcome, language: Language) -> CSVTable {
        let reason = Message(nb: "Avvist fordi", en: "Refused because").text(language)
        let width = outcome.sheet.header.count
        let rows = outcome.refusals.map { r in
            (r.cells + Array(repeating: "", count: max(0, width - r.cells.count))).prefix(width) + [r.column.text(language) + ": " + r.reason.text(language)]
        }
        return CSVTable(header: outcome.sheet.header + [reason], rows: rows.map(Array.init))
    }
}

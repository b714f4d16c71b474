/// The action plan as the report lays it out: plan items as rows, addresses as columns, each cell the
/// measures of that item at that address. One plan item is one measure record per address, sharing
/// `planItem`; a measure outside any plan item is a row of its own.
public struct PlanMatrix: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public var address: String
        public var label: String
    }

    /// One measure record in a cell: usually one per cell, more when an item was added per unit.
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var status: String
        public var late: Bool
        public var costToAgree: Bool
    }

    public struct Row: Equatable, Sendable {
        /// The plan item, or the measure's id when it belongs to none.
        public var key: String
        public var title: String
        public var category: String
        /// One list per column, in column order; empty where the item has no measure at that address.
        public var cells: [[Entry]]
    }

    public var columns: [Column]
    public var rows: [Row]

    public static func build(_ replica: Replica, filter: PlanFilter, today: CalendarDate) -> PlanMatrix {
        build(measures: filter.measures(in: replica, today: today), replica: replica, today: today)
    }

    /// The matrix of these measures, taken to be in plan order (as `PlanFilter.measures` returns them).
    public static func build(measures: [Record], replica: Replica, today: CalendarDate) -> PlanMatrix {
        let addressIDs = Set(measures.compactMap(Measure.address(of:)))
        let columns = addressIDs
            .sorted { a, b in
                switch (replica.record("address", a), replica.record("address", b)) {
                case let (x?, y?): AddressText.sortKey(x) < AddressText.sortKey(y)
                default: a < b
                }
            }
            .map { Column(address: $0, label: AddressText.short($0, in: replica)) }
        let index = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($0.element.address, $0.offset) })
        var rows: [Row] = []
        var rowOf: [String: Int] = [:]
        for measure in measures.map(Measure.init) {
            let key = measure.planItem ?? measure.id
            if rowOf[key] == nil {
                rowOf[key] = rows.count
                rows.append(Row(key: key, title: measure.title, category: measure.categoryValue, cells: Array(repeating: [], count: columns.count)))
            }
            guard let r = rowOf[key], let c = measure.address.flatMap({ index[$0] }) else { continue }
            rows[r].cells[c].append(Entry(id: measure.id, status: measure.statusValue, late: measure.isLate(today: today),
                                          costToAgree: measure.costToAgree))
        }
        return PlanMatrix(columns: columns, rows: rows)
    }
}

import NaboCore

extension Directory {
    public func measure(_ id: String) -> Record? { measureByID[id].map { measures[$0] } }

    /// The measures (by position in `measures`) that pass the facets, in plan order.
    public func planRows(_ facets: PlanFacets) -> [Int] {
        let measures = self.measures
        guard !facets.isEmpty else { return Array(measures.indices) }
        let filter = facets.filter
        return measures.indices.filter { filter.matches(measures[$0], in: replica, today: today) }
    }

    /// The candidates whose title, description, precondition, contact, cost bearer or address contain the query.
    func planSearch(_ candidates: [Int], query: String) -> [Int] {
        let words = SearchQuery.words(query), measures = self.measures
        return candidates.filter { PlanSearch.matches(measures[$0], words: words, in: replica) }
    }

    /// The report's table of these measures.
    public func matrix(_ rows: [Int]) -> PlanMatrix {
        PlanMatrix.build(measures: rows.map { measures[$0] }, replica: replica, today: today)
    }

    public func conflicts(ofMeasure measure: Record) -> [Conflict] {
        Conflicts.of(measure, type: "measure", in: replica)
    }

    /// The values a facet steps through: those the plan uses, in the order the board shows them.
    func facetValues(_ kind: PlanFacets.Kind) -> [String] {
        switch kind {
        case .address:
            return matrix(Array(measures.indices)).columns.map(\.address)
        case .status:
            return Vocabulary.measureStatus
        case .category:
            let used = Set(measures.map(Measure.categoryValue(of:)))
            return Vocabulary.category.filter(used.contains)
        case .responsible:
            let used = Set(measures.map(Measure.responsibleValue(of:)))
            return Vocabulary.responsible.filter(used.contains)
        }
    }

    /// "Runarveien 1" for an address id.
    public func addressText(_ id: String?) -> String {
        id.map { AddressText.short($0, in: replica) } ?? ""
    }
}

/// Live measures in plan order (by plan item, then address), as the board and the matrix list
/// them, and each one's place by id.
struct PlanTable: Sendable {
    let measures: [Record]
    let byID: [String: Int]

    init(_ measures: [Record]) {
        self.measures = measures
        byID = Dictionary(uniqueKeysWithValues: measures.enumerated().map { ($1.id, $0) })
    }
}

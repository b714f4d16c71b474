/// What a report that leaves the office may show of a round's results, by `Suppression`: the index
/// per address (a group is the respondents with an index) and each statement per address (a group is
/// those who answered it), each under its total.
public struct SurveyDisclosure: Equatable, Sendable {
    public var minimum: Int
    public var totalIndexShown: Bool
    public var hiddenIndex: Set<String?>
    /// Statement id to the addresses whose figures are hidden for it.
    public var hiddenCells: [String: Set<String?>]
    public var hiddenStatementTotals: Set<String>

    public init(_ r: SurveyResults, minimum: Int) {
        self.minimum = minimum
        totalIndexShown = r.total.indexed >= max(minimum, 1)
        hiddenIndex = Suppression.hidden(r.groups.map { ($0.address, $0.index.indexed) }, minimum: minimum, totalShown: totalIndexShown)
        var cells: [String: Set<String?>] = [:]
        var totals: Set<String> = []
        for s in r.statements {
            let shown = s.total.answered >= minimum
            if !shown { totals.insert(s.statement.id) }
            cells[s.statement.id] = Suppression.hidden(r.groups.map { g in (g.address, s.byAddress[g.address]?.answered ?? 0) },
                                                       minimum: minimum, totalShown: shown)
        }
        hiddenCells = cells
        hiddenStatementTotals = totals
    }

    /// Shows nothing hidden: for screens inside the office, where a worker sees their own residents.
    public static func everything(_ r: SurveyResults) -> SurveyDisclosure {
        SurveyDisclosure(r, minimum: 0)
    }

    public func showsIndex(_ scope: SurveyResults.Scope) -> Bool {
        switch scope {
        case .all: totalIndexShown
        case .address(let a): !hiddenIndex.contains(a)
        }
    }

    public func shows(statement: String, _ scope: SurveyResults.Scope) -> Bool {
        switch scope {
        case .all: !hiddenStatementTotals.contains(statement)
        case .address(let a): !(hiddenCells[statement]?.contains(a) ?? false)
        }
    }
}

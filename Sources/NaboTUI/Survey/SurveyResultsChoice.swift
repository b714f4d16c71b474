import NaboCore

/// The survey screens: taking the survey with a resident, and the results of the rounds.
public enum SurveyScreen: Hashable, Sendable {
    case taking(String)
    case results(SurveyResultsChoice)
}

/// Which results are shown: a round (nil for the latest), all respondents or one address's, and
/// whether the round is set beside the one before it.
public struct SurveyResultsChoice: Hashable, Sendable {
    /// Index into the rounds, oldest first; nil for the latest.
    public var round: Int?
    /// Index into the round's addresses; nil for all respondents.
    public var address: Int?
    public var compare: Bool

    public init(round: Int? = nil, address: Int? = nil, compare: Bool = false) {
        self.round = round
        self.address = address
        self.compare = compare
    }
}

extension SurveyTables {
    /// The chosen round's place among the rounds; nil when no response is complete yet.
    public func roundIndex(_ choice: SurveyResultsChoice) -> Int? {
        guard !rounds.isEmpty else { return nil }
        return min(max(0, choice.round ?? rounds.count - 1), rounds.count - 1)
    }

    public func results(_ choice: SurveyResultsChoice) -> SurveyResults? {
        roundIndex(choice).map { rounds[$0] }
    }

    /// The round before the chosen one, when comparing and there is one.
    public func earlier(_ choice: SurveyResultsChoice) -> SurveyResults? {
        guard choice.compare, let index = roundIndex(choice), index > 0 else { return nil }
        return rounds[index - 1]
    }

    /// All respondents, or those of the chosen address.
    public func scope(_ choice: SurveyResultsChoice) -> SurveyResults.Scope {
        guard let results = results(choice), let address = choice.address, address < results.groups.count else { return .all }
        return .address(results.groups[address].address)
    }
}

extension Directory {
    func filterStatements(_ candidates: [Int], on screen: SurveyScreen, query: String) -> [Int] {
        guard case .results(let choice) = screen, let results = survey.results(choice) else { return [] }
        let words = SearchQuery.words(query)
        return candidates.filter { row in
            let statement = results.statements[row].statement
            return SearchQuery.matches(words, key: TextFolding.searchKey(statement.id + " " + statement.nb + " " + statement.en))
        }
    }
}

extension SurveyFeature {
    mutating func changeResults(_ change: (inout SurveyResultsChoice, SurveyTables) -> Void) {
        guard case .survey(.results(var choice)) = shell.current.screen else { return }
        change(&choice, directory.survey)
        shell.current.screen = .survey(.results(choice))
        shell.current.filter = nil
    }

    /// `[` `]` step through the rounds, Tab through the addresses, `c` sets the round before beside.
    mutating func surveyResults(_ action: SurveyAction) {
        switch action {
        case .resultsRoundChanged(let step):
            changeResults { choice, tables in
                guard let index = tables.roundIndex(choice) else { return }
                choice.round = min(max(0, index + step), tables.rounds.count - 1)
                choice.address = nil
            }
        case .resultsAddressChanged(let step):
            changeResults { choice, tables in
                let count = tables.results(choice)?.groups.count ?? 0
                // All, then each address, round and round.
                let next = ((choice.address.map { $0 + 1 } ?? 0) + step + count + 1) % (count + 1)
                choice.address = next == 0 ? nil : next - 1
            }
        case .resultsCompared:
            changeResults { choice, _ in choice.compare.toggle() }
            if case .survey(.results(let choice)) = shell.current.screen, choice.compare, directory.survey.earlier(choice) == nil {
                shell.say(.info, SurveyText.noEarlierRound)
            }
        default:
            break
        }
    }
}

extension Layout {
    /// Two lines of round and index above the statements; the chosen statement's distribution below.
    public var surveyResultsTable: Rect {
        Rect(row: content.row + 3, column: 0, rows: min(content.rows - 3 - 9, 16), columns: size.columns)
    }

    public var surveyDistribution: Rect {
        Rect(row: surveyResultsTable.bottom + 1, column: 0, rows: 8, columns: size.columns)
    }
}

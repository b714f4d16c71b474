import NaboCore

extension Directory {
    /// The rows a screen's list shows before any search, as positions in the table it lists.
    public func rows(for screen: Screen) -> [Int] {
        switch screen {
        case .home, .addresses: allAddresses
        case .residents: allResidents
        case .address(let id): units(at: id)
        case .unit(let id): residents(of: id)
        case .resident(let id): visits(of: id)
        case .due: Array(due.indices)
        case .week: Array(planned.indices)
        case .inputs: Array(openInputs.indices)
        case .indicators: Array(indicatorTable.value.rows.indices)
        case .meetings(.list): Array(meetings.meetings.indices)
        case .meetings(.one(let id)): Array(meetings.agenda(id).indices)
        case .progress: Array(activities.indices)
        case .timeline, .history: Array(timeline(screen).indices)
        case .board(let facets), .matrix(let facets): planRows(facets)
        case .measure: []
        case .survey(.taking): []
        case .survey(.results(let choice)): Array(survey.results(choice)?.statements.indices ?? 0..<0)
        case .dugnad(.list): Array(dugnads.entries.indices)
        case .dugnad(.one(let id)): Array(0..<(dugnads.entry(id)?.checklistCount ?? 0))
        }
    }

    /// What Enter on a row opens; nil where rows open nothing (a resident's visits).
    public func destination(from screen: Screen, row: Int) -> Screen? {
        switch screen {
        case .home, .addresses: .address(addresses[row].id)
        case .address: .unit(units[row].id)
        case .unit, .residents: .resident(residents[row].id)
        case .resident, .timeline, .history, .measure, .dugnad(.one), .survey, .meetings(.one), .progress: nil
        case .meetings(.list): .meetings(.one(meetings.meetings[row].id))
        case .indicators: .address(indicatorTable.value.rows[row].address)
        case .due: .resident(residents[due[row].resident].id)
        case .week: .resident(residents[planned[row].resident].id)
        case .inputs: .resident(openInputs[row].resident)
        case .board, .matrix: .measure(measures[row].id)
        case .dugnad(.list): .dugnad(.one(dugnads.entries[row].dugnad.id))
        }
    }

    /// The candidates that match a query on a screen. Long lists search precomputed keys; the
    /// units of one address and the visits of one resident are few enough to fold as they are
    /// searched.
    public func filter(_ candidates: [Int], on screen: Screen, query: String) -> [Int] {
        switch screen {
        case .home, .addresses:
            return search.value.addresses.filter(candidates, query: query)
        case .residents, .unit:
            return search.value.residents.filter(candidates, query: query)
        case .address:
            let words = SearchQuery.words(query)
            return candidates.filter { row in
                SearchQuery.matches(words, key: TextFolding.searchKey(units[row].number + " " + units[row].occupants))
            }
        case .due:
            return filterResidents(candidates, query: query) { due[$0].resident }
        case .week:
            return filterResidents(candidates, query: query) { planned[$0].resident }
        case .inputs:
            let words = SearchQuery.words(query)
            return candidates.filter { row in
                let input = openInputs[row]
                return SearchQuery.matches(words, key: TextFolding.searchKey(input.text + " " + (resident(input.resident)?.name ?? "")))
            }
        case .timeline, .history:
            return filterTimeline(candidates, on: screen, query: query)
        case .board, .matrix:
            return planSearch(candidates, query: query)
        case .measure:
            return []
        case .indicators:
            let words = SearchQuery.words(query)
            let table = indicatorTable.value
            return candidates.filter { row in SearchQuery.matches(words, key: table.searchKeys[row]) }
        case .resident:
            let words = SearchQuery.words(query)
            return candidates.filter { row in
                let visit = visit(at: row)
                return SearchQuery.matches(words, key: TextFolding.searchKey(visit.note + " " + visit.agreed))
            }
        case .survey(let surveyScreen):
            return filterStatements(candidates, on: surveyScreen, query: query)
        case .dugnad(let dugnadScreen):
            return filterDugnads(candidates, on: dugnadScreen, query: query)
        case .meetings(let meetingScreen):
            return filterMeetings(candidates, on: meetingScreen, query: query)
        case .progress:
            return filterActivities(candidates, query: query)
        }
    }
}

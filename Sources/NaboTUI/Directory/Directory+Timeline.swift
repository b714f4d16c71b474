import NaboCore

extension Directory {
    /// The entries of a timeline screen, newest first: a resident's timeline or a unit's history.
    /// Worked out when asked, from the index kept with the directory: one resident's records are
    /// few, and a stored list would be stale after the next save anyway.
    public func timeline(_ screen: Screen) -> [TimelineEntry] {
        switch screen {
        case .timeline(let resident): Timeline.forResident(resident, replica, index: timelineIndex.value)
        case .history(let unit): Timeline.forUnit(unit, replica, index: timelineIndex.value)
        default: []
        }
    }

    /// Entries whose summary, in either language, holds every word of the query.
    func filterTimeline(_ candidates: [Int], on screen: Screen, query: String) -> [Int] {
        let entries = timeline(screen)
        let words = SearchQuery.words(query)
        return candidates.filter { row in
            SearchQuery.matches(words, key: TextFolding.searchKey(entries[row].summary.nb + " " + entries[row].summary.en))
        }
    }
}

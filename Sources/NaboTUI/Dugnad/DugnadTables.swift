import NaboCore

/// The dugnad screens: the list with the turnout chart, and one dugnad with its attendance checklist.
public enum DugnadScreen: Hashable, Sendable {
    case list
    case one(String)
}

/// The dugnads as the screens read them, built with the directory: each dugnad typed, its invited
/// residents as directory rows, and the turnout per dugnad and per address.
public struct DugnadTables: Sendable {
    public struct Entry: Sendable {
        public var dugnad: Dugnad
        /// The stored record, for edits that write a whole field again (the notices).
        var record: Record
        /// Invited residents by directory row, in name order.
        public var invited: [Int]
        /// The kinds of others counted on the checklist: staff, volunteers and children, then any
        /// other kind the dugnad has.
        public var extraKinds: [String]
        public var turnout: Turnout.Event?

        /// Rows of the checklist: the invited residents, then one per kind of others.
        public var checklistCount: Int { invited.count + extraKinds.count }

        public func extraCount(_ kind: String) -> Int { dugnad.extra.first { $0.kind == kind }?.count ?? 0 }
    }

    /// The kinds the checklist always offers, as stored (the demo and the seed projects write them in bokmål).
    public static let usualKinds = ["ansatte", "frivillige", "barn"]

    /// Latest start first; those without a start last.
    public internal(set) var entries: [Entry] = []
    /// Turnout per address over time, in address order.
    public internal(set) var series: [Turnout.Series] = []
    var byID: [String: Int] = [:]

    public func entry(_ id: String) -> Entry? { byID[id].map { entries[$0] } }

    init() {}

    init(_ replica: Replica, today: CalendarDate, residentRow: (String) -> Int?) {
        let turnout = Turnout(replica, today: today)
        let events = Dictionary(turnout.events.map { ($0.dugnad, $0) }) { first, _ in first }
        entries = replica.records("dugnad").filter { !$0.isDeleted }.map { record in
            let dugnad = Dugnad(record, in: replica)
            let others = dugnad.extra.map(\.kind).filter { !Self.usualKinds.contains($0) }
            return Entry(dugnad: dugnad, record: record, invited: dugnad.invited.compactMap(residentRow).sorted(),
                         extraKinds: Self.usualKinds + others, turnout: events[dugnad.id])
        }.sorted { a, b in
            (a.dugnad.start?.date.dayNumber ?? Int.min, a.dugnad.start?.minutes ?? 0, a.dugnad.id)
                > (b.dugnad.start?.date.dayNumber ?? Int.min, b.dugnad.start?.minutes ?? 0, b.dugnad.id)
        }
        series = turnout.addresses
        for (index, entry) in entries.enumerated() { byID[entry.dugnad.id] = index }
    }
}

extension Directory {
    mutating func collectDugnads(_ replica: Replica) {
        let rows = residentByID
        dugnads = DugnadTables(replica, today: today) { rows[$0] }
    }
}

extension Directory {
    /// Dugnads are few: their titles, and a checklist's names and kinds, are folded as they are searched.
    func filterDugnads(_ candidates: [Int], on screen: DugnadScreen, query: String) -> [Int] {
        let words = SearchQuery.words(query)
        switch screen {
        case .list:
            return candidates.filter { row in
                let dugnad = dugnads.entries[row].dugnad
                return SearchQuery.matches(words, key: TextFolding.searchKey(dugnad.title + " " + dugnad.addressLabels.joined(separator: " ")))
            }
        case .one(let id):
            guard let entry = dugnads.entry(id) else { return [] }
            return candidates.filter { row in
                let text = row < entry.invited.count ? residents[entry.invited[row]].name : entry.extraKinds[row - entry.invited.count]
                return SearchQuery.matches(words, key: TextFolding.searchKey(text))
            }
        }
    }
}

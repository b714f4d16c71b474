import NaboCore

/// What `nabo list TYPE` asks, and the one rule that answers it: each record is matched by the
/// filters and sorted by its list key, the places kept so an export can fetch the records again
/// one at a time. An index narrows the records read where one serves (`ListCandidates`); the
/// benchmark times this same code.
public struct ListQuery {
    public let type: EntityType
    let filter: ListFilter
    var deleted = false
    var open = false
    var plan: PlanFilter?
    var days: List.DayFilter?
    let today: CalendarDate

    init(_ type: EntityType, filter: ListFilter, today: CalendarDate) {
        self.type = type
        self.filter = filter
        self.today = today
    }

    /// A query with field filters only, as `nabo list TYPE --FIELD VALUE` writes them.
    public init(_ type: EntityType, filters: [String], today: CalendarDate) throws(Message) {
        self.init(type, filter: try ListFilter(type, filters, options: ListChoice.options), today: today)
    }

    /// The matching records' places, in the listing's order: by the list key, then by id.
    public func places(in replica: Replica) -> [Replica.RecordPlace] {
        var places: [Replica.RecordPlace] = []
        forEachPlace(in: replica) { places.append($0) }
        return places
    }

    /// The same places one at a time: every visit comes in the order the snapshot stores
    /// (`Replica.forEachVisitListed`), so an export of them holds no list of places.
    public func forEachPlace(in replica: Replica, _ body: (Replica.RecordPlace) -> Void) {
        if type == .visit, filter.isEmpty, !open, plan == nil, days == nil {
            replica.forEachVisitListed(deleted: deleted, body)
            return
        }
        var rows: [(key: RecordText.ListKey, id: String, place: Replica.RecordPlace)] = []
        let keep = { (place: Replica.RecordPlace, r: Record) in
            guard matches(r, in: replica) else { return }
            rows.append((RecordText.sortKey(r, type), r.id, place))
        }
        if let ids = ListCandidates.ids(type, filter, deleted: deleted, in: replica) {
            for id in ids { if let r = replica.record(type.rawValue, id) { keep(.id(id), r) } }
        } else {
            replica.forEachRecord(type.rawValue, keep)
        }
        rows.sort { RecordText.listsBefore(($0.key, $0.id), ($1.key, $1.id)) }
        rows.forEach { body($0.place) }
    }

    func matches(_ r: Record, in replica: Replica) -> Bool {
        (deleted || !r.isDeleted) && filter.matches(r) && (!open || Input(r).isOpen)
            && (plan?.matches(r, in: replica, today: today) ?? true) && (days?.matches(r) ?? true)
    }
}

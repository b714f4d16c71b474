import NaboCore

extension Directory {
    /// The visit at this position in `visitIndex`, its record read now: screens show a handful of
    /// visits at a time, so none is decoded before it is drawn.
    public func visit(at position: Int) -> VisitEntry {
        let entry = visitIndex.entries[position], id = visitIndex.id(at: position)
        return VisitEntry(
            record: replica.record(EntityType.visit.rawValue, id) ?? Record(id: id), day: entry.day, minutes: entry.minutes,
            nextVisit: entry.next, residents: visitIndex.residents(of: position).compactMap { residentByID[$0] }, sortKey: entry.sortKey)
    }

    /// The live visit with this id.
    public func visit(_ id: String) -> VisitEntry? {
        visitIndex.position(of: id).map(visit(at:))
    }
}

import NaboCore

/// The records an index narrows a listing to before the filter is matched: a day's or a resident's
/// visits from the visit index the snapshot keeps, so one day among half a million visits decodes
/// only that day's. The filter still decides each one, so an index only saves reading; nil when no
/// index serves the question and every record is read.
enum ListCandidates {
    static func ids(_ type: EntityType, _ filter: ListFilter, deleted: Bool, in replica: Replica) -> [String]? {
        // The visit index leaves deleted visits out.
        guard type == .visit, !deleted else { return nil }
        let day = filter.days["date"]
        let resident = filter.members["residents"]?.first
        guard day != nil || resident != nil else { return nil }
        let index = replica.visitIndex
        var positions: [Int]
        if let resident {
            positions = index.visits(ofResident: resident)
            if let day { positions = positions.filter { index.entries[$0].day == day } }
        } else {
            positions = index.visits(onDay: day!)
        }
        return positions.map(index.id(at:))
    }
}

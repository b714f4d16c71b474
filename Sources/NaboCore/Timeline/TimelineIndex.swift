/// Which records belong to which resident and unit, so a timeline is read without scanning the store:
/// the visits from the visit index, inputs, responses, measures and residents in one pass each.
/// Those tables are small beside the visits; a screen builds the index once and keeps it until the
/// records change. Each timeline read with it then costs only the records on that timeline.
public struct TimelineIndex: Sendable {
    let visits: VisitIndex
    var inputsByResident: [String: [String]] = [:]
    var responsesByResident: [String: [String]] = [:]
    var measuresByUnit: [String: [String]] = [:]
    /// Measures made from a visit or from a survey response, by that record's id.
    var measuresByOrigin: [String: [String]] = [:]
    var residentsByUnit: [String: [String]] = [:]
    var eventsByResident: [String: [String]] = [:]
    var eventsByUnit: [String: [String]] = [:]

    func visits(ofResident id: String) -> [String] { visits.visits(ofResident: id).map(visits.id(at:)) }
    func visits(ofUnit id: String) -> [String] { visits.visits(ofUnit: id).map(visits.id(at:)) }

    /// `visits` is the replica's visit index, passed in by a caller that has it already.
    public init(_ replica: Replica, visits: VisitIndex? = nil) {
        self.visits = visits ?? replica.visitIndex
        for i in replica.records(EntityType.input.rawValue) where !i.isDeleted {
            if let r = Input(i).resident { inputsByResident[r, default: []].append(i.id) }
        }
        for s in replica.records(EntityType.response.rawValue) where !s.isDeleted {
            let r = SurveyResponse.resident(of: s)
            if !r.isEmpty { responsesByResident[r, default: []].append(s.id) }
        }
        for m in replica.records(EntityType.measure.rawValue) where !m.isDeleted {
            if let u = Measure.unit(of: m) { measuresByUnit[u, default: []].append(m.id) }
            let origins = Measure.origins(of: m)
            if let visit = origins.visit { measuresByOrigin[visit, default: []].append(m.id) }
            if let response = origins.response { measuresByOrigin[response, default: []].append(m.id) }
        }
        for e in replica.records(EntityType.event.rawValue) where !e.isDeleted {
            let event = CountedEvent(e)
            if let r = event.resident { eventsByResident[r, default: []].append(e.id) }
            if let u = event.unit { eventsByUnit[u, default: []].append(e.id) }
        }
        for r in replica.records(EntityType.resident.rawValue) where !r.isDeleted {
            if let u = Resident.unit(of: r) { residentsByUnit[u, default: []].append(r.id) }
        }
    }
}

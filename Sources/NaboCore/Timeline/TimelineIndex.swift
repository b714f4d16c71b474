/// Which records belong to which resident and unit, built in one pass over visits, inputs, responses,
/// measures and residents, so a timeline is read without scanning the store. Building it costs time
/// in proportion to the store (for 450,000 visits, one read of each visit's residents and unit) and
/// memory of one short id per link; a screen builds it once and keeps it until the records change.
/// Each timeline read with it then costs only the records on that timeline.
public struct TimelineIndex: Sendable {
    var visitsByResident: [String: [String]] = [:]
    var visitsByUnit: [String: [String]] = [:]
    var inputsByResident: [String: [String]] = [:]
    var responsesByResident: [String: [String]] = [:]
    var measuresByUnit: [String: [String]] = [:]
    /// Measures made from a visit or from a survey response, by that record's id.
    var measuresByOrigin: [String: [String]] = [:]
    var residentsByUnit: [String: [String]] = [:]

    public init(_ replica: Replica) {
        for v in replica.records(EntityType.visit.rawValue) where !v.isDeleted {
            for r in v.members("residents") { visitsByResident[r, default: []].append(v.id) }
            if let u = v.string("unit") { visitsByUnit[u, default: []].append(v.id) }
        }
        for i in replica.records(EntityType.input.rawValue) where !i.isDeleted {
            if let r = i.string("resident") { inputsByResident[r, default: []].append(i.id) }
        }
        for s in replica.records(EntityType.response.rawValue) where !s.isDeleted {
            if let r = s.string("resident") { responsesByResident[r, default: []].append(s.id) }
        }
        for m in replica.records(EntityType.measure.rawValue) where !m.isDeleted {
            if let u = m.string("unit") { measuresByUnit[u, default: []].append(m.id) }
            for origin in [m.string("visit"), m.string("response")].compactMap({ $0 }) {
                measuresByOrigin[origin, default: []].append(m.id)
            }
        }
        for r in replica.records(EntityType.resident.rawValue) where !r.isDeleted {
            if let u = r.string("unit") { residentsByUnit[u, default: []].append(r.id) }
        }
    }
}

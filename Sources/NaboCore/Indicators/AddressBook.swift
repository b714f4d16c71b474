/// Where each unit and each resident is, read once from the units and residents: a count over a
/// city's visits, inputs and invitations then places each with a dictionary read, where looking up
/// a resident's unit and the unit's address would decode two records every time.
struct AddressBook {
    private var units: [String: String] = [:]
    private var residents: [String: String] = [:]

    /// Deleted or not, as `Replica.address(ofResident:)` places them: counts of the past keep a
    /// resident where the store last put them.
    init(_ replica: Replica) {
        for r in replica.records(EntityType.unit.rawValue) { if let a = HousingUnit(r).address { units[r.id] = a } }
        for r in replica.records(EntityType.resident.rawValue) { if let u = Resident.unit(of: r), let a = units[u] { residents[r.id] = a } }
    }

    func address(ofUnit id: String) -> String? { units[id] }
    func address(ofResident id: String) -> String? { residents[id] }
}

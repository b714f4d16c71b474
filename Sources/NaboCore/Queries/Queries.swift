/// Questions the screens and commands ask of the folded records.
public enum Queries {
    /// Residents living at any of these addresses on a day: their unit is there and they have not moved out.
    public static func residents(at addresses: Set<String>, in replica: Replica, on day: CalendarDate) -> [String] {
        guard !addresses.isEmpty else { return [] }
        let units = Set(replica.records(EntityType.unit.rawValue).filter { !$0.isDeleted && addresses.contains(HousingUnit($0).address ?? "") }.map(\.id))
        return replica.records(EntityType.resident.rawValue).filter { r in
            guard !r.isDeleted, let u = Resident.unit(of: r), units.contains(u) else { return false }
            return Resident.livesThere(r, on: day)
        }.map(\.id)
    }
}

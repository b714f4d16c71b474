/// Questions the screens and commands ask of the folded records.
public enum Queries {
    /// Residents living at any of these addresses on a day: their unit is there and they have not moved out.
    public static func residents(at addresses: Set<String>, in replica: Replica, on day: CalendarDate) -> [String] {
        guard !addresses.isEmpty else { return [] }
        let units = Set(replica.records("unit").filter { !$0.isDeleted && addresses.contains($0.string("address") ?? "") }.map(\.id))
        return replica.records("resident").filter { r in
            guard !r.isDeleted, let u = r.string("unit"), units.contains(u) else { return false }
            return Resident.livesThere(r, on: day)
        }.map(\.id)
    }
}

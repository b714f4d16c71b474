/// Letting follows tenancy: a resident with a moved-in date and no moved-out date (or one still to
/// come) lives in their unit by contract, and such a unit is let. Its status is not set by hand.
public enum Letting {
    /// The resident who lives in the unit by contract on `day`, if any, leaving one out.
    public static func tenant(of unit: String, in replica: Replica, on day: CalendarDate, besides: String? = nil) -> Resident? {
        replica.records(EntityType.resident.rawValue).lazy.filter { !$0.isDeleted }.map(Resident.init)
            .first { $0.id != besides && $0.unit == unit && $0.movedIn != nil && $0.livesThere(on: day) }
    }

    static func refusal(_ tenant: Resident, number: String) -> Message {
        let since = tenant.movedIn.map { " siden \($0.norwegian)" } ?? "", sinceEn = tenant.movedIn.map { " since \($0.iso)" } ?? ""
        return Message(nb: "Boligen \(number) er utleid: \(tenant.name) bor der med kontrakt\(since). Flytt beboeren ut først (nabo move \(tenant.id) --out --date …).",
                       en: "Unit \(number) is let: \(tenant.name) lives there by contract\(sinceEn). Move the resident out first (nabo move \(tenant.id) --out --date …).",
                       field: "status")
    }
}

/// What a visit gives rise to: a defect noticed becomes a measure for the action plan, and what a
/// resident asked for becomes an input; both linked back to the visit.
public enum VisitChanges {
    /// A measure at the visit's address, and at its unit when `atUnit`. An inspection's date is the
    /// measure's inspection date.
    public static func measure(visit id: String, title: String, category: String, atUnit: Bool, description: String? = nil,
                               in replica: Replica) throws(Message) -> Change {
        guard let visit = replica.liveVisit(id) else { throw Messages.noSuchRecord(.visit, id) }
        let unit = visit.unit
        guard let address = visit.address ?? unit.flatMap({ replica.liveUnit($0)?.address }) else {
            throw Message(nb: "Besøket har ingen adresse, så tiltaket har ingen å høre til. Sett adressen på besøket først.",
                          en: "The visit has no address, so the measure has none to belong to. Set the visit's address first.", field: "address")
        }
        if atUnit, unit == nil {
            throw Message(nb: "Besøket gjaldt ingen bestemt bolig. Legg tiltaket på adressen i stedet.",
                          en: "The visit was not to a particular unit. Put the measure at the address instead.", field: "unit")
        }
        var values = ["address": address, "title": title, "category": category, "visit": id]
        if atUnit, let unit { values["unit"] = unit }
        if let description { values["description"] = description }
        if visit.kind == .inspection, let day = visit.day { values["inspection"] = day.iso }
        return .add(.measure, Edit(values: values))
    }

    /// An input from a resident the visit was to (the only one, when the visit was to one), dated the
    /// day of the visit.
    public static func input(visit id: String, resident: String? = nil, text: String, in replica: Replica) throws(Message) -> Change {
        guard let visit = replica.liveVisit(id) else { throw Messages.noSuchRecord(.visit, id) }
        let residents = visit.residents
        let who = resident ?? (residents.count == 1 ? residents.first : nil)
        guard let who, residents.contains(who) else {
            throw Message(nb: "Velg hvilken av beboerne på besøket innspillet kommer fra.",
                          en: "Choose which of the residents on the visit the input is from.", field: "resident")
        }
        return .add(.input, Edit(values: ["resident": who, "text": text, "visit": id, "date": visit.day?.iso ?? ""]))
    }
}

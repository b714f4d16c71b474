/// A resident moving in, to another unit, or out, as one change: the stay that ends, the one that
/// begins, the resident's unit and dates, and the letting of both units. The interface's move form
/// and `nabo move` both make it here, so every move keeps a tenancy record.
public enum Move {
    public enum Destination: Equatable, Sendable {
        case unit(String)
        case out
    }

    public static func change(resident id: String, to destination: Destination, on day: CalendarDate, today: CalendarDate,
                              in replica: Replica) throws(Message) -> Change {
        guard let record = replica.live(EntityType.resident.rawValue, id) else { throw Messages.unknownReference(.resident, id) }
        let resident = Resident(record)
        let leaving = resident.livesThere(on: day) ? resident.unit : nil
        var steps: [Change] = []
        let open = replica.records(EntityType.tenancy.rawValue).lazy.filter { !$0.isDeleted }.map(Tenancy.init)
            .filter { $0.resident == id && $0.to == nil }
        for stay in open {
            if let from = stay.from, day < from { throw Self.beforeMovingIn(resident, from) }
            steps.append(.set(.tenancy, id: stay.id, Edit(values: ["to": day.iso])))
        }
        // A resident who moved in before tenancies were kept: their stay so far becomes one.
        if open.isEmpty, let unit = leaving, let from = resident.movedIn {
            if day < from { throw Self.beforeMovingIn(resident, from) }
            steps.append(.add(.tenancy, Edit(values: ["resident": id, "unit": unit, "from": from.iso, "to": day.iso])))
        }
        switch destination {
        case .unit(let unit):
            guard replica.live(EntityType.unit.rawValue, unit) != nil else { throw Messages.unknownReference(.unit, unit).at("unit") }
            if unit == leaving {
                throw Message(nb: "\(resident.name) bor allerede der.", en: "\(resident.name) already lives there.", field: "unit")
            }
            steps.append(.add(.tenancy, Edit(values: ["resident": id, "unit": unit, "from": day.iso])))
            // Let before the resident is in it, so that the undo, which takes the steps back in
            // reverse, has the resident out again before the unit stops being let.
            steps.append(.set(.unit, id: unit, Edit(values: ["status": UnitStatus.rented.rawValue])))
            steps.append(.set(.resident, id: id, Edit(values: ["unit": unit, "movedIn": day.iso, "movedOut": ""])))
        case .out:
            guard leaving != nil else {
                throw Message(nb: "\(resident.name) bor ingen steder \(day.norwegian), så det er ingen å flytte ut.",
                              en: "\(resident.name) lives nowhere on \(DateWords.numeric(day, .en)), so there is no one to move out.", field: "date")
            }
            steps.append(.set(.resident, id: id, Edit(values: ["movedOut": day.iso])))
        }
        // The unit left is vacant once nobody lives there by contract; a move still to come leaves it
        // let until then.
        if let leaving, day <= today, Letting.tenant(of: leaving, in: replica, on: today, besides: id) == nil {
            steps.append(.set(.unit, id: leaving, Edit(values: ["status": UnitStatus.vacant.rawValue])))
        }
        return .batch(steps)
    }

    static func beforeMovingIn(_ resident: Resident, _ from: CalendarDate) -> Message {
        Message(nb: "\(resident.name) flyttet inn \(from.norwegian); en flytting kan ikke være før det.",
                en: "\(resident.name) moved in on \(DateWords.numeric(from, .en)); a move cannot be before that.", field: "date")
    }
}

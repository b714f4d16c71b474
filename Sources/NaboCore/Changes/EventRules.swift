/// The rules of a counted event: it is given at one of a resident, a unit or an address, and the
/// others are filled from it, so every event counts at its address; what is given must agree.
extension Rules {
    static func completeEvent(_ d: inout Draft, replica: Replica, context: Context, isNew: Bool) throws(Message) {
        // A resident given again takes the unit and address they live at with them, as on a visit.
        if !isNew, d.written.contains("resident"), !d.written.contains("unit") { d.values["unit"] = nil }
        if !isNew, d.written.contains("unit") || d.written.contains("resident"), !d.written.contains("address") { d.values["address"] = nil }
        if d.countedEvent.unit == nil, let resident = d.countedEvent.resident, let unit = replica.liveResident(resident)?.unit {
            d.values["unit"] = .string(unit)
        }
        if d.countedEvent.address == nil, let unit = d.countedEvent.unit, let address = replica.liveUnit(unit)?.address {
            d.values["address"] = .string(address)
        }
        if d.countedEvent.address == nil, d.countedEvent.resident != nil {
            throw Message(nb: "Beboeren bor ikke i noen bolig i Nabo; gi hendelsen --address eller --unit også.",
                          en: "The resident lives in no unit in Nabo; give the event --address or --unit as well.", field: "address")
        }
        if d.countedEvent.address == nil {
            throw Message(nb: "En hendelse telles på en adresse: gi --resident, --unit eller --address.",
                          en: "An event is counted at an address: give --resident, --unit or --address.", field: "address")
        }
        if isNew, d.countedEvent.worker == nil { d.values["worker"] = .string(context.author) }
    }

    static func checkEvent(_ event: CountedEvent, replica: Replica, today: CalendarDate) throws(Message) {
        if let unit = event.unit, let address = event.address, let at = replica.liveUnit(unit)?.address, at != address {
            throw Message(nb: "Boligen ligger ikke på den adressen; gi bare boligen, så følger adressen av den.",
                          en: "The unit is not at that address; give the unit alone and the address follows from it.", field: "unit")
        }
        if let date = event.date, date > today {
            throw Message(nb: "Datoen \(date.norwegian) er fram i tid; en hendelse føres når den har skjedd.",
                          en: "The date \(DateWords.numeric(date, .en)) is in the future; an event is recorded once it has happened.", field: "date")
        }
    }
}

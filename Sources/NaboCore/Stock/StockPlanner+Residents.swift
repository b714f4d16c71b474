/// A residents sheet: one row per resident with where they live. The unit is the one with the
/// row's unit id, else the one at the row's address with its H-nummer; it must be in Nabo already
/// (the units sheet goes first). Letting follows tenancy as everywhere: a resident with a moved-in
/// date and a unit and no moved-out date lives there by contract, has a tenancy, and the unit is let.
extension StockPlanner {
    struct ResidentRow {
        var name: String
        var unit: String?
        var phone: String?
        var movedIn: CalendarDate?
        var movedOut: CalendarDate?
    }

    mutating func residentRow(_ cells: [String]) throws(Refused) {
        guard let name = try read(.name, cells, StockCell.plain) else {
            throw refuse(.name, nb: "Navnet er tomt; en beboer må ha et navn.", en: "The name is empty; a resident needs a name.")
        }
        let r = ResidentRow(name: name, unit: try unit(cells), phone: try read(.phone, cells, StockCell.phone),
                            movedIn: try read(.movedIn, cells, StockCell.date), movedOut: try read(.movedOut, cells, StockCell.date))
        if let i = r.movedIn, let o = r.movedOut, o < i {
            throw refuse(.movedOut, nb: "Utflyttet (\(o.norwegian)) kan ikke være før innflyttet (\(i.norwegian)).",
                         en: "Moved out (\(DateWords.numeric(o, .en))) cannot be before moved in (\(DateWords.numeric(i, .en))).")
        }
        let idCell = sheet.cell(cells, .id)
        let byID = idCell.isEmpty ? nil : scratch.liveResident(idCell)
        let existing = byID ?? residents[ResidentKey(name, r.unit)].flatMap(scratch.liveResident)
        if existing == nil, idCell.isEmpty { try refuseNamesake(r) }
        let seen = existing?.id ?? "new " + ResidentKey(name, r.unit).name + " " + (r.unit ?? "")
        if let earlier = seenResidents[seen] {
            throw refuse(.name, nb: "\(name) står to ganger i arket (også på rad \(earlier)).", en: "\(name) is in the sheet twice (also on row \(earlier)).")
        }
        seenResidents[seen] = row
        if existing == nil, erased?.contains(name: name, unit: r.unit) == true {
            throw refuse(.name, nb: "\(name) ble slettet tidligere (rett til sletting). Importer med --allow-erased bare hvis beboeren skal tilbake.",
                         en: "\(name) was erased earlier (right to erasure). Import with --allow-erased only if the resident is to come back.")
        }
        if let existing { try update(existing, to: r) } else { try add(r) }
    }

    /// A sheet without ids that has a person Nabo knows living at another unit is most likely a
    /// move, and perhaps a namesake: a new resident would be a duplicate in the one case, a move a
    /// mistake in the other, so the row is refused with both ways on.
    func refuseNamesake(_ r: ResidentRow) throws(Refused) {
        let elsewhere = (namesakes[ResidentKey(r.name, nil).name] ?? []).compactMap(scratch.liveResident)
            .filter { $0.unit != nil && $0.unit != r.unit && $0.movedOut == nil }
        guard let other = elsewhere.first, let unit = other.unit.flatMap(scratch.liveUnit) else { return }
        let address = unit.address.flatMap { scratch.live(EntityType.address.rawValue, $0) }.map(Address.init)
        let home = (address.map { "\($0.street) \($0.numberText)\($0.letter), " } ?? "") + unit.number
        throw refuse(.name, nb: "Nabo har \(other.name) i \(home) allerede. Har hun eller han flyttet, importer arket med id-kolonnen som nabo export stock skriver, eller bruk nabo move; en annen med samme navn legges til med nabo add resident.",
                     en: "Nabo already has \(other.name) at \(home). If they moved, import the sheet with the id column nabo export stock writes, or use nabo move; another person of the same name is added with nabo add resident.")
    }

    /// The unit the row names, by its id or by address and H-nummer; nil when the row names none.
    mutating func unit(_ cells: [String]) throws(Refused) -> String? {
        let id = sheet.cell(cells, .unit)
        if !id.isEmpty {
            guard scratch.liveUnit(id) != nil else {
                throw refuse(.unit, nb: "Nabo har ingen bolig med id \(id).", en: "Nabo has no unit with the id \(id).")
            }
            return id
        }
        let number = try read(.hNumber, cells, StockCell.hNumber)
        guard let place = try place(cells) else {
            if number != nil { throw refuse(.street, nb: "Adressen mangler for boligen \(number!).", en: "The address of unit \(number!) is missing.") }
            return nil
        }
        guard let address = try address(place, cells, creating: false) else {
            throw refuse(.street, nb: "\(place.text) finnes verken i Nabo eller i arket. Importer boligene først (nabo import BOLIGER.csv), eller rett adressen.",
                         en: "\(place.text) is neither in Nabo nor in the sheet. Import the units first (nabo import UNITS.csv), or correct the address.")
        }
        guard let number else {
            let here = units.filter { $0.key.address == address }
            if here.count == 1 { return here.first!.value }
            throw refuse(.hNumber, nb: "H-nummeret mangler, og \(place.text) har \(here.count) boliger.", en: "The H-number is missing, and \(place.text) has \(here.count) units.")
        }
        guard let unit = units[UnitKey(address: address, number: number)] else {
            throw refuse(.hNumber, nb: "\(place.text) har ingen bolig \(number), verken i Nabo eller i arket. Importer boligene først, eller rett H-nummeret.",
                         en: "\(place.text) has no unit \(number), neither in Nabo nor in the sheet. Import the units first, or correct the H-number.")
        }
        return unit
    }

    mutating func add(_ r: ResidentRow) throws(Refused) {
        var values = ["name": r.name]
        if let unit = r.unit { values["unit"] = unit }
        if let phone = r.phone { values["phone"] = phone }
        if let d = r.movedIn { values["movedIn"] = d.iso }
        if let d = r.movedOut { values["movedOut"] = d.iso }
        try letUnit(r)
        let id = try step(.add(.resident, Edit(values: values)), .name)[0].entity
        residents[ResidentKey(r.name, r.unit)] = id
        seenResidents[id] = row
        try keepStay(id, r)
    }

    /// Only what the sheet says differently is changed. A new unit or a first moved-out date is a
    /// move, made as `nabo move` makes it; a corrected date is a correction of the record.
    mutating func update(_ resident: Resident, to r: ResidentRow) throws(Refused) {
        var values: [String: String] = [:]
        if resident.name != r.name { values["name"] = r.name }
        if has(.phone), resident.phone != r.phone { values["phone"] = r.phone ?? "" }
        let moves = r.unit != nil && r.unit != resident.unit
        let movesOut = !moves && resident.movedOut == nil && r.movedOut != nil && resident.unit != nil
        if !moves, has(.movedIn), resident.movedIn != r.movedIn { values["movedIn"] = r.movedIn?.iso ?? "" }
        if !moves, !movesOut, has(.movedOut), resident.movedOut != r.movedOut { values["movedOut"] = r.movedOut?.iso ?? "" }
        if !moves, !movesOut, values["movedIn"] != nil || values["movedOut"] != nil { try letUnit(r) }
        if !values.isEmpty { try step(.set(.resident, id: resident.id, Edit(values: values)), .name) }
        let today = context.today
        if moves, let unit = r.unit {
            try step(try moveChange(resident.id, .unit(unit), on: r.movedIn ?? today, .movedIn), .movedIn)
            residents[ResidentKey(resident.name, resident.unit)] = nil
            residents[ResidentKey(r.name, unit)] = resident.id
            stays.insert([resident.id, unit])
            if let out = r.movedOut { try step(try moveChange(resident.id, .out, on: out, .movedOut), .movedOut) }
        } else if movesOut, let out = r.movedOut {
            try step(try moveChange(resident.id, .out, on: out, .movedOut), .movedOut)
        } else if values["movedIn"] != nil || values["movedOut"] != nil {
            try keepStay(resident.id, r)
        }
    }

    func moveChange(_ id: String, _ destination: Move.Destination, on day: CalendarDate, _ field: StockField) throws(Refused) -> Change {
        do throws(Message) { return try Move.change(resident: id, to: destination, on: day, today: context.today, in: scratch) } catch {
            throw Refused(field: field, reason: error)
        }
    }

    /// A resident with a unit and a moved-in date has their stay on record.
    mutating func keepStay(_ id: String, _ r: ResidentRow) throws(Refused) {
        guard let unit = r.unit, let from = r.movedIn, stays.insert([id, unit]).inserted else { return }
        var values = ["resident": id, "unit": unit, "from": from.iso]
        if let to = r.movedOut { values["to"] = to.iso }
        try step(.add(.tenancy, Edit(values: values)), .movedIn)
    }

    /// Living there by contract, the resident's unit is let. Set before the resident is, so that the
    /// undo, which takes the steps back last first, finds nobody living there when it sets it back.
    mutating func letUnit(_ r: ResidentRow) throws(Refused) {
        guard let unit = r.unit, r.movedIn != nil, r.movedOut.map({ $0 > context.today }) ?? true,
              scratch.liveUnit(unit)?.statusValue != UnitStatus.rented.rawValue else { return }
        try step(.set(.unit, id: unit, Edit(values: ["status": UnitStatus.rented.rawValue])), .movedIn)
    }
}

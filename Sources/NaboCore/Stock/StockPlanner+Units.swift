/// A units sheet: one row per unit with its address. The address is found by street, number and
/// letter (and postcode where two have those) or created; the unit is the one with the sheet's id,
/// else the one at the address with the row's H-nummer, else new.
extension StockPlanner {
    /// Street, house number and letter as the row writes them: "Storgata 12B" in the street
    /// column alone is read as street, number and letter too.
    struct Place {
        var street: String
        var number: String
        var letter: String
        var text: String { street + " " + number + letter }
    }

    func place(_ cells: [String]) throws(Refused) -> Place? {
        var street = sheet.cell(cells, .street)
        var numberCell = sheet.cell(cells, .number)
        if street.isEmpty, numberCell.isEmpty { return nil }
        guard !street.isEmpty else { throw refuse(.street, nb: "Gateadressen mangler.", en: "The street is missing.") }
        do throws(Message) { street = try StockCell.plain(street) } catch { throw Refused(field: .street, reason: error) }
        let words = street.split(separator: " ")
        if numberCell.isEmpty, words.count > 1, let last = words.last, last.first?.isNumber == true {
            numberCell = String(last)
            street = words.dropLast().joined(separator: " ")
        }
        guard !numberCell.isEmpty else {
            throw refuse(.number, nb: "Husnummeret mangler for \(street).", en: "The house number is missing for \(street).")
        }
        let parsed: (number: String, letter: String?)
        do throws(Message) { parsed = try StockCell.number(numberCell) } catch { throw Refused(field: has(.number) ? .number : .street, reason: error) }
        let letter = try read(.letter, cells, StockCell.letter) ?? parsed.letter ?? ""
        return Place(street: street, number: parsed.number, letter: letter)
    }

    mutating func unitRow(_ cells: [String]) throws(Refused) {
        guard let place = try place(cells) else { throw refuse(.street, nb: "Gateadressen mangler.", en: "The street is missing.") }
        guard let number = try read(.hNumber, cells, StockCell.hNumber) else {
            throw refuse(.hNumber, nb: "H-nummeret mangler.", en: "The H-number is missing.")
        }
        let rooms = try read(.rooms, cells, StockCell.rooms)
        let status = try read(.status, cells, StockCell.status)
        let byID = sheet.cell(cells, .id).isEmpty ? nil : scratch.live(EntityType.unit.rawValue, sheet.cell(cells, .id)).map(HousingUnit.init)
        let address = try address(place, cells, creating: true)!
        let key = UnitKey(address: address, number: number)
        let existing = byID ?? units[key].flatMap { scratch.live(EntityType.unit.rawValue, $0) }.map(HousingUnit.init)
        for seen in [key.address + " " + key.number] + (existing.map { [$0.id] } ?? []) {
            if let earlier = seenUnits[seen] {
                throw refuse(.hNumber, nb: "Boligen \(number) i \(place.text) står to ganger i arket (også på rad \(earlier)).",
                             en: "Unit \(number) at \(place.text) is in the sheet twice (also on row \(earlier)).")
            }
        }
        guard let unit = existing else {
            var values = ["address": address, "number": number]
            if let rooms { values["rooms"] = String(rooms) }
            if let status { values["status"] = status }
            let id = try step(.add(.unit, Edit(values: values)), .hNumber)[0].entity
            remember(key, id)
            return
        }
        var values: [String: String] = [:]
        if unit.address != address { values["address"] = address }
        if unit.number != number { values["number"] = number }
        if has(.rooms), unit.rooms != rooms { values["rooms"] = rooms.map(String.init) ?? "" }
        if let status, unit.statusValue != status { values["status"] = status }
        if !values.isEmpty { try step(.set(.unit, id: unit.id, Edit(values: values)), .status) }
        if let old = unit.address { units[UnitKey(address: old, number: unit.number)] = nil }
        remember(key, unit.id)
    }

    private mutating func remember(_ key: UnitKey, _ id: String) {
        units[key] = id
        seenUnits[key.address + " " + key.number] = row
        seenUnits[id] = row
    }

    /// The address the row names. A new one is made when `creating` and the row has its postcode and
    /// city; a postcode or city that differs from Nabo's is corrected, once per sheet.
    mutating func address(_ place: Place, _ cells: [String], creating: Bool) throws(Refused) -> String? {
        let postcode = try read(.postcode, cells, StockCell.postcode)
        let city = try read(.city, cells, StockCell.plain)
        var found = addresses[AddressKey(place.street, place.number, place.letter)] ?? []
        if found.count > 1, let postcode {
            found = found.filter { scratch.live(EntityType.address.rawValue, $0).map(Address.init)?.postcode == postcode }
        }
        if found.count > 1 {
            throw refuse(.postcode, nb: "Nabo har flere adresser som heter \(place.text); skriv postnummeret så Nabo finner den rette.",
                         en: "Nabo has several addresses called \(place.text); give the postcode so Nabo finds the right one.")
        }
        guard let id = found.first, let address = scratch.live(EntityType.address.rawValue, id).map(Address.init) else {
            guard creating else { return nil }
            guard let postcode, let city else {
                throw refuse(postcode == nil ? .postcode : .city, nb: "\(place.text) finnes ikke i Nabo, og en ny adresse trenger postnummer og poststed.",
                             en: "\(place.text) is not in Nabo, and a new address needs a postcode and a city.")
            }
            var values = ["street": place.street, "number": place.number, "postcode": postcode, "city": city]
            if !place.letter.isEmpty { values["letter"] = place.letter }
            let new = try step(.add(.address, Edit(values: values)), .street)[0].entity
            addresses[AddressKey(place.street, place.number, place.letter)] = [new]
            addressRows[new] = (postcode, city, row)
            return new
        }
        guard creating else { return id }
        if let earlier = addressRows[id] {
            if let postcode, let was = earlier.postcode, postcode != was {
                throw refuse(.postcode, nb: "\(place.text) står med postnummer \(was) på rad \(earlier.row).", en: "\(place.text) has postcode \(was) on row \(earlier.row).")
            }
            if let city, let was = earlier.city, city != was {
                throw refuse(.city, nb: "\(place.text) står med poststed \(was) på rad \(earlier.row).", en: "\(place.text) has the city \(was) on row \(earlier.row).")
            }
            return id
        }
        var values: [String: String] = [:]
        if let postcode, address.postcode != postcode { values["postcode"] = postcode }
        if let city, address.city != city { values["city"] = city }
        if !values.isEmpty { try step(.set(.address, id: id, Edit(values: values)), .postcode) }
        addressRows[id] = (postcode, city, row)
        return id
    }
}

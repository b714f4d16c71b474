import NaboCore

extension Directory {
    mutating func collectAddresses(_ replica: Replica) {
        var found: [(key: [UInt8], number: Int, letter: String, entry: AddressEntry)] = []
        for record in replica.records("address") where !record.isDeleted {
            let address = Address(record)
            let number = address.number, letter = address.letter
            let title = [address.street, number.map { String($0) + letter } ?? letter].filter { !$0.isEmpty }.joined(separator: " ")
            let place = [address.postcode, address.city].compactMap { $0 }.joined(separator: " ")
            found.append((TextFolding.sortKey(address.street), number ?? 0, letter, AddressEntry(id: record.id, title: title, place: place)))
        }
        found.sort { a, b in
            if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
            if a.number != b.number { return a.number < b.number }
            if a.letter != b.letter { return a.letter < b.letter }
            return a.entry.id < b.entry.id
        }
        addresses = found.map(\.entry)
        allAddresses = Array(addresses.indices)
        unitsOfAddress = Array(repeating: [], count: addresses.count)
        for (index, address) in addresses.enumerated() {
            addressByID[address.id] = index
        }
    }

    mutating func collectUnits(_ replica: Replica) {
        var found: [UnitEntry] = []
        replica.forEachRecord("unit", fields: HousingUnit.fields) { _, record in
            guard !record.isDeleted else { return }
            let unit = HousingUnit(record)
            found.append(UnitEntry(id: record.id, address: unit.address.flatMap { addressByID[$0] }, number: unit.number,
                                   status: unit.statusValue, rooms: unit.rooms))
        }
        // Units of a deleted or unknown address go last rather than disappear.
        found.sort { a, b in
            let left = a.address ?? Int.max, right = b.address ?? Int.max
            if left != right { return left < right }
            if a.number != b.number { return a.number < b.number }
            return a.id < b.id
        }
        units = found
        residentsOfUnit = Array(repeating: [], count: units.count)
        for (index, unit) in units.enumerated() {
            unitByID[unit.id] = index
            guard let address = unit.address else { continue }
            unitsOfAddress[address].append(index)
            addresses[address].unitCount += 1
        }
    }

    mutating func collectResidents(_ replica: Replica) {
        var found: [ResidentEntry] = []
        var keys: [[UInt8]] = []
        replica.forEachRecord("resident", fields: Resident.fields) { _, record in
            guard !record.isDeleted else { return }
            let resident = Resident(record)
            found.append(ResidentEntry(
                id: record.id, name: resident.name, unit: resident.unit.flatMap { unitByID[$0] }, phone: resident.phone,
                movedIn: resident.movedIn, movedOut: resident.movedOut, livesThere: resident.livesThere(on: today)))
            keys.append(TextFolding.sortKey(resident.name))
        }
        // Most names differ in their first eight bytes, compared as one number.
        let prefixes = keys.map(TextFolding.prefix)
        let order = found.indices.sorted { a, b in
            if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
            return keys[a] != keys[b] ? keys[a].lexicographicallyPrecedes(keys[b]) : found[a].id < found[b].id
        }
        residents = order.map { found[$0] }
        allResidents = Array(residents.indices)
        residentByID.reserveCapacity(residents.count)
        for (index, resident) in residents.enumerated() {
            residentByID[resident.id] = index
        }
    }

    /// More than any terminal has lines.
    static let recentVisitCount = 200

    /// The home screen's counts and each address's and unit's open measures, in one pass that
    /// decodes only the fields they read; the board's plan order waits for the board (`planTable`).
    mutating func collectMeasures(_ replica: Replica) {
        let monthAgo = today.adding(days: -30)
        replica.forEachRecord("measure", fields: Measure.fields) { _, record in
            guard !record.isDeleted else { return }
            let measure = Measure(record)
            if measure.isDone(since: monthAgo) { doneRecently += 1 }
            guard !measure.isDone else { return }
            if measure.waitsOnByggdrift { waitingOnByggdrift += 1 }
            openMeasures += 1
            let isLate = measure.isLate(today: today)
            if isLate { lateMeasures += 1 }
            guard let address = measure.address.flatMap({ addressByID[$0] }) else { return }
            addresses[address].openMeasures += 1
            if isLate { addresses[address].lateMeasures += 1 }
            let flag = OpenFlags(category: measure.categoryValue)
            addresses[address].flags.formUnion(flag)
            if let unit = measure.unit.flatMap({ unitByID[$0] }) {
                units[unit].flags.formUnion(flag)
            } else {
                addresses[address].wholeAddressFlags.formUnion(flag)
            }
        }
    }

    /// The figures that combine tables: who lives where now, flags per unit.
    mutating func summarise() {
        for index in units.indices {
            if let address = units[index].address {
                units[index].flags.formUnion(addresses[address].wholeAddressFlags)
            }
        }
        var former = Array(repeating: [Int](), count: units.count)
        // By position, field by field: a copy of each entry would retain and release its strings.
        for index in residents.indices {
            guard let unit = residents[index].unit else { continue }
            let livesThere = residents[index].livesThere
            if livesThere {
                residentsOfUnit[unit].append(index)
                // Letting follows tenancy: someone moved in by contract makes the unit let.
                if residents[index].movedIn != nil { units[unit].status = UnitStatus.rented.rawValue }
            } else {
                former[unit].append(index)
            }
        }
        for unit in units.indices {
            if let address = units[unit].address {
                if units[unit].status == UnitStatus.rented.rawValue { addresses[address].letCount += 1 }
                if units[unit].status == UnitStatus.vacant.rawValue { addresses[address].vacantCount += 1 }
            }
            if !residentsOfUnit[unit].isEmpty {
                units[unit].occupants = residentsOfUnit[unit].map { residents[$0].name }.joined(separator: ", ")
            }
            if !former[unit].isEmpty {
                residentsOfUnit[unit] += former[unit].sorted { (residents[$0].movedOut ?? today) > (residents[$1].movedOut ?? today) }
            }
        }
    }

    /// The search keys, made at the first search (`search`): start-up has no use for them.
    mutating func deferSearch() {
        let (addresses, units, residents) = (self.addresses, self.units, self.residents)
        search = Deferred { DirectorySearch(addresses: addresses, units: units, residents: residents) }
    }
}

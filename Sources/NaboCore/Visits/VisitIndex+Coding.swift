/// The index in the snapshot's binary form: the ids of residents and units once, the visits' ids as
/// one run of bytes, then a fixed-width row of numbers per visit, the residents' numbers and the
/// visits of each resident and unit, so that reading it back is a few passes over memory rather
/// than a parse or a grouping of millions of visits.
extension VisitIndex {
    static let rowWidth = 36

    public func encode(into w: inout BinaryWriter) {
        // Residents are numbered afresh in their ids' byte order, the order of the snapshot's
        // resident records, so a pass over those finds each one's number by stepping forward
        // (`Names.Cursor`) instead of by a lookup that misses the cache.
        let order = residents.ids.indices.sorted { residents.ids[$0].utf8.lexicographicallyPrecedes(residents.ids[$1].utf8) }
        var renumbered = [Int32](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { renumbered[old] = Int32(new) }
        w.u32(UInt32(order.count))
        order.forEach { w.string(residents.ids[$0]) }
        w.u32(UInt32(units.ids.count))
        units.ids.forEach { w.string($0) }
        // Ids and links are written afresh, so those left unused by an overlay are dropped.
        var ids: [UInt8] = []
        var links: [Int32] = []
        ids.reserveCapacity(idBytes.count)
        links.reserveCapacity(self.links.count)
        w.u32(UInt32(entries.count))
        for entry in entries {
            w.u32(UInt32(ids.count))
            w.u32(UInt32(entry.idLength))
            ids += id(of: entry)
            w.u32(UInt32(bitPattern: entry.dayNumber))
            w.u32(UInt32(bitPattern: entry.minuteOfDay))
            w.u32(UInt32(bitPattern: entry.nextDayNumber))
            w.u32(UInt32(bitPattern: entry.unit))
            w.u32(UInt32(links.count))
            w.u32(UInt32(entry.residentCount))
            w.u32(UInt32(bitPattern: entry.flags))
            links += residentNumbers(of: entry).map { renumbered[Int($0)] }
        }
        w.u64(UInt64(ids.count))
        w.bytes += ids
        w.u32(UInt32(links.count))
        for link in links { w.u32(UInt32(bitPattern: link)) }
        byResident.encode(order: order, into: &w)
        byUnit.encode(into: &w)
    }

    public init(from r: inout BinaryReader) throws(BinaryReader.Corrupt) {
        var names: [[String]] = []
        for _ in 0..<2 {
            let count = Int(try r.u32())
            try r.need(count * 4)
            var ids: [String] = []
            ids.reserveCapacity(count)
            for _ in 0..<count { ids.append(try r.string()) }
            names.append(ids)
        }
        residents = Names(names[0])
        units = Names(names[1])
        let count = Int(try r.u32())
        let rows = try r.bytes(count * Self.rowWidth)
        let ids = try r.bytes(Int(try r.u64()))
        idBytes = Array(ids)
        links = try r.int32s(Int(try r.u32()))
        let field = { (row: Int, k: Int) in
            Int32(bitPattern: UInt32(littleEndian: rows.loadUnaligned(fromByteOffset: row * Self.rowWidth + k * 4, as: UInt32.self)))
        }
        entries.reserveCapacity(count)
        for row in 0..<count {
            let entry = Entry(idStart: field(row, 0), idLength: field(row, 1), dayNumber: field(row, 2), minuteOfDay: field(row, 3),
                              nextDayNumber: field(row, 4), unit: field(row, 5), firstResident: field(row, 6), residentCount: field(row, 7),
                              flags: field(row, 8))
            // Numbers that point outside what was read would crash a screen later: the snapshot is refused now.
            guard entry.idStart >= 0, entry.idLength >= 0, Int(entry.idStart) + Int(entry.idLength) <= idBytes.count,
                  entry.firstResident >= 0, entry.residentCount >= 0, Int(entry.firstResident) + Int(entry.residentCount) <= links.count,
                  entry.unit >= -1, entry.unit < Int32(units.ids.count) else { throw BinaryReader.Corrupt() }
            entries.append(entry)
        }
        guard links.allSatisfy({ $0 >= 0 && $0 < Int32(residents.ids.count) }) else { throw BinaryReader.Corrupt() }
        byResident = try Groups(from: &r, count: residents.ids.count, limit: count)
        byUnit = try Groups(from: &r, count: units.ids.count, limit: count)
    }
}


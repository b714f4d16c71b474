extension Replica {
    /// The folded state in the snapshot's binary form is the prelude, the visit index
    /// (`snapshotVisitIndex`), then the tables; this gives the first and the last, so the store can
    /// make the index on the other core meanwhile. The prelude holds clocks, names, and each table's
    /// type, count and length, so a sealed snapshot opens that much at start, and the visit index
    /// and the tables (the visits' followed by their listing order) as they are read. Tables still
    /// waiting in an older snapshot are copied over as bytes, without decoding; nil when one of them
    /// cannot be read (its sealed chunk failed), so no snapshot is written without it.
    public func snapshotTables() -> (prelude: [UInt8], tables: [UInt8])? {
        var p = BinaryWriter()
        let types = self.types
        p.u64(clock.raw)
        p.u64(UInt64(operationCount))
        p.u32(UInt32(devices.names.count))
        devices.names.forEach { p.string($0) }
        p.u32(UInt32(authors.count))
        authors.forEach { p.string($0) }
        authorSeqs.forEach { p.u32($0) }
        p.u32(UInt32(types.count))
        var places: [Int] = []
        for type in types {
            p.string(type)
            places.append(p.bytes.count)
            p.u32(0)
            p.u64(0)
        }
        // One buffer for the tables, sized once, so the records are never copied from one buffer to
        // another; the prelude's directory is filled in as each is done.
        var w = BinaryWriter()
        w.bytes.reserveCapacity(types.reduce(1 << 20) { size, type in
            size + (lazyTables[type].map { $0.range.count + $0.offsets.count + ($0.listing?.count ?? 0) } ?? 0) + (tables[type]?.count ?? 0) * 244
        })
        for (type, place) in zip(types, places) {
            let start = w.bytes.count
            let count: Int
            if let lazy = lazyTables[type] {
                // Unchanged records are copied over as bytes, without decoding; changed ones are
                // written in their place, in id order.
                guard lazy.isReadable() else { return nil }
                count = Self.merge(lazy, changed: tables[type] ?? [:], into: &w)
            } else {
                count = Self.write(tables[type] ?? [:], into: &w)
            }
            Self.patch(&p, at: place, count: count, length: w.bytes.count - start - count * 4)
            if type == EntityType.visit.rawValue {
                let unchanged = (tables[type] ?? [:]).isEmpty ? lazyTables[type] : nil
                guard Self.writeListing(copying: unchanged, tableAt: start, count: count, into: &w) else { return nil }
            }
        }
        return (p.bytes, w.bytes)
    }

    /// The visit index as it lies after the prelude: its length, then the index, so that opening
    /// the snapshot steps over it; it is read (and checked, or opened) when first asked for, on
    /// whichever thread needs the visits first.
    public func snapshotVisitIndex() -> [UInt8] {
        var w = BinaryWriter()
        w.u64(0)
        visitIndex.encode(into: &w)
        withUnsafeBytes(of: UInt64(w.bytes.count - 8).littleEndian) { w.bytes.replaceSubrange(0..<8, with: $0) }
        return w.bytes
    }

    /// Writes the records in id order, then their offsets; returns how many.
    private static func write(_ table: [String: Record], into w: inout BinaryWriter) -> Int {
        let start = w.bytes.count
        var offsets: [UInt32] = []
        offsets.reserveCapacity(table.count)
        for id in table.keys.sorted(by: IDOrder.precedes) {
            offsets.append(UInt32(w.bytes.count - start))
            RecordCoding.encode(table[id]!, into: &w)
        }
        for o in offsets { w.u32(o) }
        return offsets.count
    }

    /// The old table's records with `changed` laid over them, in id order, then their offsets.
    private static func merge(_ lazy: LazyTable, changed: [String: Record], into w: inout BinaryWriter) -> Int {
        // What has been copied is given back as it goes (`forgetPages`), so the old snapshot's
        // pages and the new one's bytes are not both held whole.
        defer { lazy.source.forgetPages(lazy.range.lowerBound..<lazy.offsets.upperBound) }
        guard !changed.isEmpty else {
            var at = 0
            while at < lazy.bytes.count {
                let end = min(lazy.bytes.count, at + LazyTable.forgetEvery)
                w.bytes += UnsafeRawBufferPointer(rebasing: lazy.bytes[at..<end])
                lazy.source.forgetPages(lazy.range.lowerBound + at..<lazy.range.lowerBound + end)
                at = end
            }
            w.bytes += lazy.offsetBytes
            return lazy.count
        }
        let start = w.bytes.count
        let ids = changed.keys.sorted(by: IDOrder.precedes)
        var next = 0
        var offsets: [UInt32] = []
        offsets.reserveCapacity(lazy.count + ids.count)
        let encode = { (id: String, w: inout BinaryWriter) in
            offsets.append(UInt32(w.bytes.count - start))
            RecordCoding.encode(changed[id]!, into: &w)
        }
        for position in 0..<lazy.count {
            guard let (id, bytes) = lazy.raw(at: position) else { break }
            while next < ids.count, IDOrder.compare(ids[next], id) < 0 {
                encode(ids[next], &w)
                next += 1
            }
            if next < ids.count, IDOrder.compare(ids[next], id) == 0 {
                encode(ids[next], &w)
                next += 1
                continue
            }
            offsets.append(UInt32(w.bytes.count - start))
            w.bytes += bytes
            if position % 16_384 == 16_383 { lazy.source.forgetPages(lazy.range.lowerBound..<lazy.range.lowerBound + (bytes.baseAddress! - lazy.bytes.baseAddress!)) }
        }
        while next < ids.count {
            encode(ids[next], &w)
            next += 1
        }
        for o in offsets { w.u32(o) }
        return offsets.count
    }

    /// The visits' positions in listing order, after their offsets (`VisitListing`): copied over
    /// from `unchanged`, the old snapshot's table when no visit changed since, else worked out from
    /// the table just written. False if a record of it does not read.
    private static func writeListing(copying unchanged: LazyTable?, tableAt start: Int, count: Int, into w: inout BinaryWriter) -> Bool {
        if let unchanged, unchanged.count == count, let listing = unchanged.listing, unchanged.source.ensure(listing) {
            w.bytes += UnsafeRawBufferPointer(rebasing: unchanged.source.bytes[listing])
            return true
        }
        let length = w.bytes.count - start - count * 4
        let order = w.bytes.withUnsafeBytes { all in
            VisitListing.order(ofTable: UnsafeRawBufferPointer(rebasing: all[start..<(start + length)]),
                               offsets: UnsafeRawBufferPointer(rebasing: all[(start + length)...]), count: count)
        }
        guard let order else { return false }
        for position in order { w.u32(position) }
        return true
    }

    private static func patch(_ w: inout BinaryWriter, at place: Int, count: Int, length: Int) {
        withUnsafeBytes(of: UInt32(count).littleEndian) { w.bytes.replaceSubrange(place..<place + 4, with: $0) }
        withUnsafeBytes(of: UInt64(length).littleEndian) { w.bytes.replaceSubrange(place + 4..<place + 12, with: $0) }
    }

    /// A replica from snapshot bytes starting at `offset`: the prelude is read now, the visit index
    /// and the records when first asked for.
    public init(snapshot source: SnapshotSource, at offset: Int) throws {
        var r = BinaryReader(source.bytes, at: offset)
        self.init()
        clock = HLC(raw: try r.u64())
        operationCount = Int(try r.u64())
        for _ in 0..<Int(try r.u32()) { _ = devices.intern(try r.string()) }
        for _ in 0..<Int(try r.u32()) { authors.append(try r.string()) }
        for _ in authors.indices { authorSeqs.append(try r.u32()) }
        var directory: [(type: String, count: Int, length: Int)] = []
        for _ in 0..<Int(try r.u32()) {
            let type = try r.string()
            let count = Int(try r.u32())
            directory.append((type, count, Int(try r.u64())))
        }
        // The index's length, just past the prelude, is checked (or opened) before it is read.
        guard source.ensure(r.pos..<(r.pos + 8)) else { throw BinaryReader.Corrupt() }
        let indexStart = r.pos + 8
        try r.skip(Int(clamping: try r.u64()))
        let visits = indexStart..<r.pos
        var pos = r.pos
        for (type, count, length) in directory {
            guard length >= 0, count >= 0, pos + length + count * 4 <= source.bytes.count else { throw BinaryReader.Corrupt() }
            let records = pos..<(pos + length)
            let offsets = records.upperBound..<(records.upperBound + count * 4)
            let isVisits = type == EntityType.visit.rawValue
            let listing = offsets.upperBound..<(offsets.upperBound + (isVisits ? count * 4 : 0))
            guard listing.upperBound <= source.bytes.count else { throw BinaryReader.Corrupt() }
            lazyTables[type] = LazyTable(source: source, range: records, offsets: offsets, count: count,
                                         visitIndexBytes: isVisits ? visits : nil, listing: isVisits ? listing : nil)
            pos = listing.upperBound
        }
    }
}

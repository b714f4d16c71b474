extension Replica {
    /// The folded state in the snapshot's binary form is the prelude, the tables (the visits'
    /// followed by their listing order), then the visit index (`snapshotVisitIndex`). This gives
    /// the prelude and the tables to `flush` a few MB at a time, so writing a snapshot never holds
    /// it whole, and returns the prelude as it must finally read: its directory (each table's count
    /// and length) is filled in once the tables are written, and the caller writes it over the
    /// first bytes it was given. The prelude holds clocks, names and the directory, so a sealed
    /// snapshot opens that much at start, and the rest as it is read. Tables of an older snapshot
    /// are copied over as bytes, without decoding; nil when one of them cannot be read (its sealed
    /// chunk failed), so no snapshot is written without it.
    public func snapshotTables(flush: (UnsafeRawBufferPointer) -> Void) -> [UInt8]? {
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
        return withoutActuallyEscaping(flush) { flush in
            var out = SnapshotOutput(flush: flush)
            out.w.bytes += p.bytes
            for (type, place) in zip(types, places) {
                let start = out.position
                let changed = tables[type] ?? [:]
                let lazy = lazyTables[type]
                // The visits' listing keys, position by position, unless the old table is copied
                // over whole with its listing order.
                var keys: [Int]? = type == EntityType.visit.rawValue && !(lazy != nil && changed.isEmpty) ? [] : nil
                let count: Int
                if let lazy {
                    // Unchanged records are copied over as bytes, without decoding; changed ones are
                    // written in their place, in id order.
                    guard lazy.isReadable() else { return nil }
                    count = Self.merge(lazy, changed: changed, into: &out, keys: &keys)
                } else {
                    count = Self.write(changed, into: &out, keys: &keys)
                }
                Self.patch(&p, at: place, count: count, length: out.position - start - count * 4)
                if type == EntityType.visit.rawValue {
                    guard Self.writeListing(keys, copying: lazy, into: &out) else { return nil }
                }
            }
            out.finish()
            return p.bytes
        }
    }

    /// About how many bytes the prelude and tables take, for a caller that holds them whole (a
    /// sealed snapshot) to size its buffer once instead of copying it as it grows.
    public var snapshotSizeHint: Int {
        types.reduce(1 << 20) { size, type in
            size + (lazyTables[type].map { $0.range.count + $0.offsets.count + ($0.listing?.count ?? 0) } ?? 0) + (tables[type]?.count ?? 0) * 244
        }
    }

    /// The visit index as it lies after the tables: its length, then the index, so that opening
    /// the snapshot steps over it; it is read (and checked, or opened) when first asked for, on
    /// whichever thread needs the visits first. Made apart from the tables, so the store makes it
    /// on the other core meanwhile.
    public func snapshotVisitIndex() -> [UInt8] {
        var w = BinaryWriter()
        w.u64(0)
        visitIndex.encode(into: &w)
        withUnsafeBytes(of: UInt64(w.bytes.count - 8).littleEndian) { w.bytes.replaceSubrange(0..<8, with: $0) }
        return w.bytes
    }

    /// Writes the records in id order, then their offsets; returns how many.
    private static func write(_ table: [String: Record], into out: inout SnapshotOutput, keys: inout [Int]?) -> Int {
        let start = out.position
        var offsets: [UInt32] = []
        offsets.reserveCapacity(table.count)
        for id in table.keys.sorted(by: IDOrder.precedes) {
            let record = table[id]!
            offsets.append(UInt32(out.position - start))
            RecordCoding.encode(record, into: &out.w)
            keys?.append(VisitListing.key(record))
            out.spill()
        }
        for o in offsets { out.w.u32(o) }
        out.spill()
        return offsets.count
    }

    /// The old table's records with `changed` laid over them, in id order, then their offsets.
    private static func merge(_ lazy: LazyTable, changed: [String: Record], into out: inout SnapshotOutput, keys: inout [Int]?) -> Int {
        // What has been copied is given back as it goes (`forgetPages`), so the old snapshot's
        // pages and the new one's bytes are not both held whole.
        defer { lazy.source.forgetPages(lazy.range.lowerBound..<lazy.offsets.upperBound) }
        guard !changed.isEmpty else {
            copy(lazy.source, lazy.range.lowerBound..<lazy.offsets.upperBound, into: &out)
            return lazy.count
        }
        let start = out.position
        let ids = changed.keys.sorted(by: IDOrder.precedes)
        var next = 0
        var offsets: [UInt32] = []
        offsets.reserveCapacity(lazy.count + ids.count)
        var raw = RawRecord()
        let encode = { (id: String, out: inout SnapshotOutput, keys: inout [Int]?) in
            offsets.append(UInt32(out.position - start))
            RecordCoding.encode(changed[id]!, into: &out.w)
            keys?.append(VisitListing.key(changed[id]!))
            out.spill()
        }
        for position in 0..<lazy.count {
            guard let (id, bytes) = lazy.raw(at: position) else { break }
            while next < ids.count, IDOrder.compare(ids[next], id) < 0 {
                encode(ids[next], &out, &keys)
                next += 1
            }
            if next < ids.count, IDOrder.compare(ids[next], id) == 0 {
                encode(ids[next], &out, &keys)
                next += 1
                continue
            }
            if keys != nil {
                guard (try? raw.read(bytes, at: 0)) != nil else { break }
                keys?.append(VisitListing.key(dateUTF8: raw.text(VisitListing.date)))
            }
            offsets.append(UInt32(out.position - start))
            out.w.bytes += bytes
            out.spill()
            if position % 16_384 == 16_383 { lazy.source.forgetPages(lazy.range.lowerBound..<lazy.range.lowerBound + (bytes.baseAddress! - lazy.bytes.baseAddress!)) }
        }
        while next < ids.count {
            encode(ids[next], &out, &keys)
            next += 1
        }
        for o in offsets { out.w.u32(o) }
        out.spill()
        return offsets.count
    }

    /// The visits' positions in listing order, after their offsets (`VisitListing`): sorted from
    /// the keys gathered as the table was written, or copied over from the old snapshot's table when
    /// it was copied whole. False if there is neither.
    private static func writeListing(_ keys: [Int]?, copying old: LazyTable?, into out: inout SnapshotOutput) -> Bool {
        if let keys {
            for position in VisitListing.order(keys) {
                out.w.u32(position)
                out.spill()
            }
            return true
        }
        guard let old, let listing = old.listing, old.source.ensure(listing) else { return false }
        copy(old.source, listing, into: &out)
        return true
    }

    /// Bytes of the old snapshot copied over as they are, given back as they go.
    private static func copy(_ source: SnapshotSource, _ range: Range<Int>, into out: inout SnapshotOutput) {
        var at = range.lowerBound
        while at < range.upperBound {
            let end = min(range.upperBound, at + LazyTable.forgetEvery)
            out.w.bytes += UnsafeRawBufferPointer(rebasing: source.bytes[at..<end])
            out.spill()
            source.forgetPages(at..<end)
            at = end
        }
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
        var pos = r.pos
        var found: [(type: String, records: Range<Int>, offsets: Range<Int>, listing: Range<Int>?, count: Int)] = []
        for (type, count, length) in directory {
            guard length >= 0, count >= 0, pos + length + count * 4 <= source.bytes.count else { throw BinaryReader.Corrupt() }
            let records = pos..<(pos + length)
            let offsets = records.upperBound..<(records.upperBound + count * 4)
            let isVisits = type == EntityType.visit.rawValue
            let listing = offsets.upperBound..<(offsets.upperBound + (isVisits ? count * 4 : 0))
            guard listing.upperBound <= source.bytes.count else { throw BinaryReader.Corrupt() }
            found.append((type, records, offsets, isVisits ? listing : nil, count))
            pos = listing.upperBound
        }
        // The index's length, just past the tables, is checked (or opened) before it is read.
        guard pos + 8 <= source.bytes.count, source.ensure(pos..<(pos + 8)) else { throw BinaryReader.Corrupt() }
        var i = BinaryReader(source.bytes, at: pos)
        let length = Int(clamping: try i.u64())
        try i.skip(length)
        let visits = (pos + 8)..<i.pos
        for table in found {
            lazyTables[table.type] = LazyTable(source: source, range: table.records, offsets: table.offsets, count: table.count,
                                               visitIndexBytes: table.listing == nil ? nil : visits, listing: table.listing)
        }
    }
}

/// The snapshot's bytes as they are written, given to `flush` a few MB at a time; positions count
/// from the first byte given.
struct SnapshotOutput {
    var w = BinaryWriter()
    private var flushed = 0
    let flush: (UnsafeRawBufferPointer) -> Void

    init(flush: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.flush = flush
    }

    var position: Int { flushed + w.bytes.count }

    /// Hands on what is written once it is a few MB, keeping the buffer's room.
    mutating func spill() {
        if w.bytes.count >= Self.chunk { send() }
    }

    mutating func finish() { send() }

    private mutating func send() {
        w.bytes.withUnsafeBytes(flush)
        flushed += w.bytes.count
        w.bytes.removeAll(keepingCapacity: true)
    }

    static let chunk = 4 << 20
}

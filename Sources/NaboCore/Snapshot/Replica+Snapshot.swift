extension Replica {
    /// The folded state in the snapshot's binary form, and how many of its first bytes are the
    /// prelude: everything but the records (clocks, names, the visit index, and each table's type,
    /// count and length), so a sealed snapshot opens that much at start and the tables as they are
    /// read. Tables still waiting in an older snapshot are copied over as bytes, without decoding;
    /// nil when one of them cannot be read (its sealed chunk failed), so no snapshot is written
    /// without it.
    public func snapshotBytes() -> (bytes: [UInt8], prelude: Int)? {
        var w = BinaryWriter()
        w.u64(clock.raw)
        w.u64(UInt64(operationCount))
        w.u32(UInt32(devices.names.count))
        devices.names.forEach { w.string($0) }
        w.u32(UInt32(authors.count))
        authors.forEach { w.string($0) }
        authorSeqs.forEach { w.u32($0) }
        visitIndex.encode(into: &w)
        let types = self.types
        var bodies = BinaryWriter()
        var directory: [(type: String, count: Int, length: Int)] = []
        for type in types {
            if let lazy = lazyTables[type], tables[type] == nil {
                // Unchanged since the last snapshot: copied over as bytes, without decoding.
                guard lazy.isReadable() else { return nil }
                directory.append((type, lazy.count, lazy.range.count))
                bodies.bytes += lazy.bytes
                bodies.bytes += lazy.offsetBytes
                continue
            }
            let table = Dictionary(records(type).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var body = BinaryWriter()
            var offsets = BinaryWriter()
            body.bytes.reserveCapacity(table.count * 200)
            // Sorted by the ids' bytes, as the lookup compares them.
            for id in table.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                offsets.u32(UInt32(body.bytes.count))
                RecordCoding.encode(table[id]!, into: &body)
            }
            directory.append((type, table.count, body.bytes.count))
            bodies.bytes += body.bytes
            bodies.bytes += offsets.bytes
        }
        w.u32(UInt32(directory.count))
        for entry in directory {
            w.string(entry.type)
            w.u32(UInt32(entry.count))
            w.u64(UInt64(entry.length))
        }
        let prelude = w.bytes.count
        w.bytes += bodies.bytes
        return (w.bytes, prelude)
    }

    /// A replica from snapshot bytes starting at `offset`: the prelude is read now (the visit index
    /// too, which is what start-up needs of the visits), the records when first asked for.
    public init(snapshot source: SnapshotSource, at offset: Int) throws {
        var r = BinaryReader(source.bytes, at: offset)
        self.init()
        clock = HLC(raw: try r.u64())
        operationCount = Int(try r.u64())
        for _ in 0..<Int(try r.u32()) { _ = devices.intern(try r.string()) }
        for _ in 0..<Int(try r.u32()) { authors.append(try r.string()) }
        for _ in authors.indices { authorSeqs.append(try r.u32()) }
        let visits = try VisitIndex(from: &r)
        var directory: [(type: String, count: Int, length: Int)] = []
        for _ in 0..<Int(try r.u32()) {
            let type = try r.string()
            let count = Int(try r.u32())
            directory.append((type, count, Int(try r.u64())))
        }
        var pos = r.pos
        for (type, count, length) in directory {
            guard length >= 0, count >= 0, pos + length + count * 4 <= source.bytes.count else { throw BinaryReader.Corrupt() }
            let records = pos..<(pos + length)
            let offsets = records.upperBound..<(records.upperBound + count * 4)
            lazyTables[type] = LazyTable(source: source, range: records, offsets: offsets, count: count,
                                         visitIndex: type == EntityType.visit.rawValue ? visits : nil)
            pos = offsets.upperBound
        }
    }
}

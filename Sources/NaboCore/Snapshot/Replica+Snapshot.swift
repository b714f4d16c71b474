extension Replica {
    /// The folded state in the snapshot's binary form. Tables still waiting in an older snapshot are
    /// copied over as bytes, without decoding them.
    public func snapshotBytes() -> [UInt8] {
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
        w.u32(UInt32(types.count))
        for type in types {
            w.string(type)
            if lazyTables[type] == nil || tables[type] != nil {
                let table = Dictionary(records(type).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                var body = BinaryWriter()
                var offsets = BinaryWriter()
                body.bytes.reserveCapacity(table.count * 200)
                // Sorted by the ids' bytes, as the lookup compares them.
                for id in table.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                    offsets.u32(UInt32(body.bytes.count))
                    RecordCoding.encode(table[id]!, into: &body)
                }
                w.u32(UInt32(table.count))
                w.u64(UInt64(body.bytes.count))
                w.bytes += body.bytes
                w.bytes += offsets.bytes
            } else if let lazy = lazyTables[type] {
                // Unchanged since the last snapshot: copied over as bytes, without decoding.
                w.u32(UInt32(lazy.count))
                w.u64(UInt64(lazy.range.count))
                w.bytes += lazy.bytes
                w.bytes += lazy.offsetBytes
            }
        }
        return w.bytes
    }

    /// A replica from snapshot bytes starting at `offset`: everything but the records is read now
    /// (the visit index too, which is what start-up needs of the visits), the records when first asked for.
    public init(snapshot source: SnapshotSource, at offset: Int) throws {
        var r = BinaryReader(source.bytes, at: offset)
        self.init()
        clock = HLC(raw: try r.u64())
        operationCount = Int(try r.u64())
        for _ in 0..<Int(try r.u32()) { _ = devices.intern(try r.string()) }
        for _ in 0..<Int(try r.u32()) { authors.append(try r.string()) }
        for _ in authors.indices { authorSeqs.append(try r.u32()) }
        let visits = try VisitIndex(from: &r)
        for _ in 0..<Int(try r.u32()) {
            let type = try r.string()
            let count = Int(try r.u32())
            let length = Int(try r.u64())
            try r.need(length + count * 4)
            let records = r.pos..<(r.pos + length)
            let offsets = records.upperBound..<(records.upperBound + count * 4)
            lazyTables[type] = LazyTable(source: source, range: records, offsets: offsets, count: count,
                                         visitIndex: type == EntityType.visit.rawValue ? visits : nil)
            r.pos = offsets.upperBound
        }
    }
}

extension LazyTable {
    /// Each record the snapshot holds, with its position, decoded one at a time and kept by no one,
    /// skipping those in `changes` (the caller yields its own); an export of every visit then holds
    /// one visit at a time instead of the whole table. A record that does not decode ends the walk,
    /// as it ends a listing.
    /// With `fields`, each record holds only those fields (`RecordCoding.decode`).
    func forEach<E: Error>(skipping changes: [String: Record], fields: [[UInt8]]? = nil, _ body: (Int, Record) throws(E) -> Void) throws(E) {
        let all = bytes
        try walk(skipping: changes) { (position, offset) throws(E) in
            var r = BinaryReader(all, at: offset)
            guard let record = try? RecordCoding.decode(&r, fields: fields) else { return false }
            try body(position, record)
            return true
        }
    }

    /// The same walk with each record read where it lies (`RawRecord`), nothing decoded.
    func forEachRaw<E: Error>(skipping changes: [String: Record], _ body: (Int, RawRecord) throws(E) -> Void) throws(E) {
        let all = bytes
        var raw = RawRecord()
        try walk(skipping: changes) { (position, offset) throws(E) in
            guard (try? raw.read(all, at: offset)) != nil else { return false }
            try body(position, raw)
            return true
        }
    }

    /// Each record's position and offset, in id order, until `body` says a record did not read.
    private func walk<E: Error>(skipping changes: [String: Record], _ body: (Int, Int) throws(E) -> Bool) throws(E) {
        guard isReadable() else { return }
        let all = bytes, offsetBytes = self.offsetBytes
        // The records lie in id order, so what lies behind the last one read is given back as the walk goes.
        var forgotten = 0
        for position in 0..<count {
            let offset = Int(UInt32(littleEndian: offsetBytes.loadUnaligned(fromByteOffset: position * 4, as: UInt32.self)))
            if !changes.isEmpty {
                // The id is read before the record, so a changed one is never decoded.
                var r = BinaryReader(all, at: offset)
                guard let length = try? r.u32(), let id = try? r.bytes(Int(length)) else { return }
                if changes[String(decoding: id, as: UTF8.self)] != nil { continue }
            }
            if offset - forgotten >= Self.forgetEvery {
                source.forgetPages(range.lowerBound + forgotten..<range.lowerBound + offset)
                forgotten = offset
            }
            guard try body(position, offset) else { return }
        }
    }

    static let forgetEvery = 8 << 20

    /// The record at a position `forEach` gave.
    func record(at position: Int) -> Record? {
        guard let offset = offset(at: position) else { return nil }
        var r = BinaryReader(bytes, at: offset)
        return try? RecordCoding.decode(&r)
    }

    /// Each position in the listing order the snapshot stores with the visits (`listing`), until
    /// `body` says a record did not read.
    func forEachListed(_ body: (Int) -> Bool) {
        guard let listing, source.ensure(listing) else { return }
        let order = UnsafeRawBufferPointer(rebasing: source.bytes[listing])
        for i in 0..<count {
            let position = Int(UInt32(littleEndian: order.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
            guard position < count, body(position) else { return }
        }
    }

    /// Reads the record at a position `forEach` gave where it lies; false if there is none.
    func read(at position: Int, into raw: inout RawRecord) -> Bool {
        guard let offset = offset(at: position) else { return false }
        return (try? raw.read(bytes, at: offset)) != nil
    }

    private func offset(at position: Int) -> Int? {
        guard isReadable(at: position) else { return nil }
        return offset(position)
    }
}

extension LazyTable {
    /// The id and the whole encoded record at a position, as bytes: what a snapshot written again
    /// copies over for a record unchanged since. Records lie one after another in id order.
    func raw(at position: Int) -> (id: UnsafeRawBufferPointer, record: UnsafeRawBufferPointer)? {
        let start = offset(position), end = position + 1 < count ? offset(position + 1) : range.count
        guard start <= end, end <= range.count else { return nil }
        var r = BinaryReader(bytes, at: start)
        guard let length = try? r.u32(), let id = try? r.bytes(Int(length)) else { return nil }
        return (id, UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
    }
}

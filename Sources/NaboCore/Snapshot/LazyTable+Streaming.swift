extension LazyTable {
    /// Each record the snapshot holds, with its position, decoded one at a time and kept by no one,
    /// skipping those in `changes` (the caller yields its own); an export of every visit then holds
    /// one visit at a time instead of the whole table. A record that does not decode ends the walk,
    /// as it ends a listing.
    func forEach<E: Error>(skipping changes: [String: Record], _ body: (Int, Record) throws(E) -> Void) throws(E) {
        guard isReadable() else { return }
        let all = bytes, offsetBytes = self.offsetBytes
        // The records lie in id order, so what lies behind the last one read is given back as the walk goes.
        var forgotten = 0
        for position in 0..<count {
            let offset = Int(UInt32(littleEndian: offsetBytes.loadUnaligned(fromByteOffset: position * 4, as: UInt32.self)))
            var r = BinaryReader(all, at: offset)
            if !changes.isEmpty {
                // The id is read before the record, so a changed one is never decoded.
                guard let length = try? r.u32(), let id = try? r.bytes(Int(length)) else { return }
                if changes[String(decoding: id, as: UTF8.self)] != nil { continue }
                r.pos = offset
            }
            guard let record = try? RecordCoding.decode(&r) else { return }
            if offset - forgotten >= Self.forgetEvery {
                source.forgetPages(range.lowerBound + forgotten..<range.lowerBound + offset)
                forgotten = offset
            }
            try body(position, record)
        }
    }

    static let forgetEvery = 8 << 20

    /// The record at a position `forEach` gave.
    func record(at position: Int) -> Record? {
        guard position >= 0, position < count, isReadable() else { return nil }
        let offset = Int(UInt32(littleEndian: offsetBytes.loadUnaligned(fromByteOffset: position * 4, as: UInt32.self)))
        var r = BinaryReader(bytes, at: offset)
        return try? RecordCoding.decode(&r)
    }
}

extension LazyTable {
    /// The id and the whole encoded record at a position, as bytes: what a snapshot written again
    /// copies over for a record unchanged since. Records lie one after another in id order.
    func raw(at position: Int) -> (id: UnsafeRawBufferPointer, record: UnsafeRawBufferPointer)? {
        let offset = { (p: Int) in Int(UInt32(littleEndian: self.offsetBytes.loadUnaligned(fromByteOffset: p * 4, as: UInt32.self))) }
        let start = offset(position), end = position + 1 < count ? offset(position + 1) : range.count
        guard start <= end, end <= range.count else { return nil }
        var r = BinaryReader(bytes, at: start)
        guard let length = try? r.u32(), let id = try? r.bytes(Int(length)) else { return nil }
        return (id, UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
    }
}

import NaboCore

extension Store {
    /// Writes many operations of any device at once, for generated benchmark and test stores: one
    /// durable append per batch instead of one per change, and no rule checks (the generator is the rule).
    public func appendBulk(_ ops: [Op], foldIn: Bool = true) throws(Message) {
        guard let first = ops.first else { return }
        let name = first.id.device + ".jsonl"
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ops.count * 300)
        for op in ops {
            let line = JournalLine.encode(op)
            if foldIn {
                let hash = line.withUnsafeBufferPointer { LineHash.of(UnsafeBufferPointer(rebasing: $0.dropLast())) }
                if known.admit(op.id.device, op.id.seq, hash: hash) == .new { replica.apply(op) }
            }
            bytes += written(line, op)
        }
        do throws(Files.Failure) {
            try Files.appendDurably(journalFolder + "/" + name, bytes)
        } catch { throw error.message }
        journalSizes[name] = Files.status(journalFolder + "/" + name)?.size
        if var id = identity, id.device == first.id.device, foldIn {
            id.lastSeq = known.last(id.device)
            identity = id
            try? registry.set(id, for: canonicalFolder)
        }
    }
}

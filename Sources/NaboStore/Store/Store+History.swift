import NaboCore

extension Store {
    /// Every operation on one record, oldest first: who changed what, and when. Read from the
    /// journals, so it includes values that were later replaced.
    public func history(_ type: String, _ id: String) throws(Message) -> [Op] {
        var ops: [Op] = []
        var seen = Set<OpID>()
        let needle = Array("\"id\":".utf8) + JournalLine.encodeString(id)
        var opener = keyring.map { LineOpener(keyring: $0, store: manifest.store) }
        for name in Files.list(journalFolder) where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
            do {
                _ = try Files.forEachChunk(journalFolder + "/" + name) { chunk, _ in
                    var start = 0
                    while start < chunk.count {
                        var end = start
                        while end < chunk.count, chunk[end] != 0x0A { end += 1 }
                        let line = UnsafeBufferPointer(rebasing: chunk[start..<end])
                        // A byte search first: most lines are about other records. A sealed line hides
                        // which record it is about, so each is opened.
                        if let op = Self.contains(line, needle) ? try? JournalLine.decode(line) : Self.opened(line, &opener),
                           op.type == type, op.entity == id, seen.insert(op.id).inserted {
                            ops.append(op)
                        }
                        start = end + 1
                    }
                }
            } catch {
                throw Message(nb: "Kunne ikke lese \(name).", en: "Could not read \(name).")
            }
        }
        return ops.sorted { ($0.clock, $0.id) < ($1.clock, $1.id) }
    }

    /// The operation in a sealed line this store holds the key for; nil for any other line.
    static func opened(_ line: UnsafeBufferPointer<UInt8>, _ opener: inout LineOpener?) -> Op? {
        guard let outer = LineSeal.outer(line), var held = opener else { return nil }
        defer { opener = held }
        return try? held.open(outer) { plain in try? JournalLine.decode(plain.bindMemory(to: UInt8.self)) }
    }

    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count, let first = needle.first else { return false }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

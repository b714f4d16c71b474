import Foundation
import NaboCore

extension Store {
    /// Every operation on one record, oldest first: who changed what, and when. Read from the
    /// journals, so it includes values that were later replaced.
    public func history(_ type: String, _ id: String) throws(Message) -> [Op] {
        guard let kind = EntityType(rawValue: type) else { return [] }
        let ref = RecordRef(kind, id)
        return try histories(of: [ref])[ref] ?? []
    }

    /// The histories of several records from one pass over the journals, for a person's export,
    /// which would otherwise read every journal once per record.
    public func histories(of refs: Set<RecordRef>) throws(Message) -> [RecordRef: [Op]] {
        var found: [RecordRef: [Op]] = [:]
        var seen = Set<OpID>()
        let ids = Set(refs.map { JournalLine.encodeString($0.id) })
        var opener = keyring.map { LineOpener(keyring: $0, store: manifest.store) }
        for name in Files.list(journalFolder) where JournalFileName.isJournal(name) {
            do {
                _ = try Files.forEachChunk(journalFolder + "/" + name) { chunk, _ in
                    var start = 0
                    while start < chunk.count {
                        let end = memchr(chunk.baseAddress! + start, 0x0A, chunk.count - start)
                            .map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - chunk.baseAddress! } ?? chunk.count
                        let line = UnsafeBufferPointer(rebasing: chunk[start..<end])
                        // A byte search first: most lines are about other records. A sealed line hides
                        // which record it is about, so each is opened.
                        if let op = Self.namesOne(line, of: ids) ? try? JournalLine.decode(line) : Self.opened(line, &opener),
                           let kind = EntityType(rawValue: op.type), refs.contains(RecordRef(kind, op.entity)), seen.insert(op.id).inserted {
                            found[RecordRef(kind, op.entity), default: []].append(op)
                        }
                        start = end + 1
                    }
                }
            } catch {
                throw Message(nb: "Kunne ikke lese \(name).", en: "Could not read \(name).")
            }
        }
        return found.mapValues { $0.sorted { ($0.clock, $0.id) < ($1.clock, $1.id) } }
    }

    /// The operation in a sealed line this store holds the key for; nil for any other line.
    static func opened(_ line: UnsafeBufferPointer<UInt8>, _ opener: inout LineOpener?) -> Op? {
        guard let outer = LineSeal.outer(line), var held = opener else { return nil }
        defer { opener = held }
        return try? held.open(outer) { plain in try? JournalLine.decode(plain.bindMemory(to: UInt8.self)) }
    }

    /// Whether the line has `"id":` followed by one of these encoded ids. Every occurrence is
    /// tried, so a value that holds an `id` key of its own cannot hide the record's.
    static func namesOne(_ line: UnsafeBufferPointer<UInt8>, of ids: Set<[UInt8]>) -> Bool {
        let key: [UInt8] = Array("\"id\":\"".utf8)
        guard line.count > key.count, let base = line.baseAddress else { return false }
        var i = 0
        while i <= line.count - key.count {
            // From quote to quote with the C library's search: a history reads every line of every journal.
            guard let hit = memchr(base + i, 0x22, line.count - key.count + 1 - i) else { return false }
            i = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            var j = 1
            while j < key.count, base[i + j] == key[j] { j += 1 }
            guard j == key.count else { i += 1; continue }
            // The string from its opening quote to its closing one, escapes included.
            let open = i + key.count - 1
            var close = open + 1
            while close < line.count, line[close] != 0x22 { close += line[close] == 0x5C ? 2 : 1 }
            guard close < line.count else { return false }
            if ids.contains(Array(line[open...close])) { return true }
            i = close
        }
        return false
    }
}

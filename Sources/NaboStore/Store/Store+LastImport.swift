import NaboCore

/// What `nabo import --undo` needs to take the last import back in a later run: which operations it
/// wrote (this device's, one run of sequence numbers, as one change always is), the file's name
/// and when. Kept in the data folder, sealed like the draft, never synced; the undo itself is
/// worked out then from the journals, so it sees what happened since.
extension Store {
    public struct LastImport: Equatable, Sendable {
        public var device: String
        public var first: UInt32
        public var last: UInt32
        /// The imported file's name, without its folder, for the message.
        public var file: String
        /// Milliseconds since 1970 UTC.
        public var when: Int64

        public init(device: String, first: UInt32, last: UInt32, file: String, when: Int64) {
            self.device = device
            self.first = first
            self.last = last
            self.file = file
            self.when = when
        }

        public func wrote(_ id: OpID) -> Bool { id.device == device && (first...last).contains(id.seq) }
    }

    var lastImportPath: String { folder + "/last-import" }

    public func rememberImport(_ record: LastImport) throws(Message) {
        var w = JSONWriter()
        w.object([("device", .string(record.device)), ("first", .int(Int(record.first))), ("last", .int(Int(record.last))),
                  ("file", .string(record.file)), ("when", .int(Int(record.when)))])
        let plain = Array(w.text.utf8)
        let bytes = keyring.map { FileSeal.seal(plain, key: $0.current, store: manifest.store, purpose: "last-import") } ?? plain
        do throws(Files.Failure) { try Files.replaceAtomically(lastImportPath, bytes) } catch { throw error.message }
    }

    /// The last import's record, or nil when there is none or it cannot be read (then it is set aside).
    public func lastImport() -> LastImport? {
        guard let bytes = try? Files.contents(lastImportPath, atMost: 4096) else { return nil }
        let plain = keyring.map { FileSeal.openWhole(bytes, keyring: $0, store: manifest.store, purpose: "last-import") } ?? bytes
        guard let plain, let o = (try? JSONParser.parse(String(decoding: plain, as: UTF8.self)))?.object,
              let device = o["device"]?.string, let first = o["first"]?.int, let last = o["last"]?.int, first >= 1, last >= first,
              last <= Int(UInt32.max), let file = o["file"]?.string, let when = o["when"]?.int else {
            setAside(bytes, from: "last-import")
            forgetImport()
            return nil
        }
        return LastImport(device: device, first: UInt32(first), last: UInt32(last), file: file, when: Int64(when))
    }

    public func forgetImport() {
        Files.remove(lastImportPath)
    }

    /// The import's operations, the records as they would be without them, and the operations
    /// written since on the records it wrote, read from every journal.
    public func imported(_ record: LastImport) throws(Message) -> (ops: [Op], before: Replica, since: [Op]) {
        var before = Replica()
        var seen = KnownOperations()
        var ops: [Op] = []
        var others: [Op] = []
        for name in Files.listFiles(journalFolder) where JournalFileName.isJournal(name) {
            do {
                _ = try JournalReader.read(journalFolder + "/" + name, name: name, opener: opener) { line in
                    guard seen.admit(line.op.id.device, line.op.id.seq, hash: line.hash) == .new else { return }
                    if record.wrote(line.op.id) { ops.append(line.op) } else {
                        before.apply(line.op)
                        others.append(line.op)
                    }
                }
            } catch {
                throw Message(nb: "Kunne ikke lese \(name).", en: "Could not read \(name).")
            }
        }
        ops.sort { $0.id.seq < $1.id.seq }
        let entities = Set(ops.map { [$0.type, $0.entity] })
        let latest = ops.map(\.clock).max() ?? HLC(raw: 0)
        let since = others.filter { $0.clock > latest && entities.contains([$0.type, $0.entity]) }
        return (ops, before, since)
    }
}

import Foundation
import NaboCore

/// Turning a plain store into an encrypted one: on this laptop (`nabo encrypt`), or by joining a sync
/// folder another laptop has already turned (`nabo encrypt --join`). Each step leaves a store that
/// opens: an encrypted store tolerates plain lines (and `nabo check` counts them), so running the
/// command again after a crash finishes the job.
extension Store {
    /// A new data key, a slot for this worker and one for the recovery key (in `recoveryKey`), then
    /// every plain line sealed in place. On a store already encrypted it seals what is left in clear.
    public func encrypt(_ keys: NewKeys, now: Date = Date()) throws(Message) {
        guard let id = identity else { throw Self.notSetUp(folder) }
        if !manifest.encrypted {
            keyring = Keyring([DataKey.generate()])
            try markEncrypted()
            try makeFirstSlots(worker: id.worker, keys, now: now)
        }
        try sealPlainLines()
    }

    /// Adopts the data keys of an encrypted sync folder of this store, opened with one of its
    /// passphrases (a second data key is never made), seals this laptop's lines with them and syncs.
    public func join(_ dir: String, passphrase: String) throws(Message) -> SyncReport {
        guard identity != nil else { throw Self.notSetUp(folder) }
        guard !manifest.encrypted else {
            throw Message(nb: "Denne datamappen er allerede kryptert; synkroniser med nabo sync \(dir).",
                          en: "This data folder is already encrypted; sync with nabo sync \(dir).")
        }
        let theirs: Manifest
        do throws(Files.Failure) { theirs = try Manifest.read(dir + "/store.json") } catch {
            throw Message(nb: "\(dir) er ingen synkmappe for Nabo.", en: "\(dir) is not a Nabo sync folder.")
        }
        guard theirs.store == manifest.store else { throw Self.otherStore(dir) }
        guard theirs.encrypted, !Files.isLink(dir + "/journal") else {
            throw Message(nb: "\(dir) er ikke kryptert. Krypter denne maskinen med nabo encrypt i stedet.",
                          en: "\(dir) is not encrypted. Encrypt this laptop with nabo encrypt instead.")
        }
        let slots = KeySlots.scan(dir + "/journal")
        do throws(KeySlots.Failure) {
            let opened = try slots.unlock(passphrase, store: manifest.store, preferring: nil)
            keyring = opened.keyring
            unlockedSlot = opened.slot
            slotKey = opened.privateKey
        } catch { throw Self.wrongPassphrase }
        keySlots = slots
        // The key lines come first, so the data folder unlocks again whatever stops the steps after.
        try adopt(slots.lines)
        try markEncrypted()
        if var id = identity {
            id.slot = unlockedSlot
            identity = id
            try? registry.set(id, for: canonicalFolder)
        }
        try sealPlainLines()
        return try sync(with: dir)
    }

    static func notSetUp(_ folder: String) -> Message {
        Message(nb: "Datamappen \(folder) er ikke satt opp på denne maskinen. Kjør nabo init --worker NAVN først.",
                en: "The data folder \(folder) is not set up on this laptop. Run nabo init --worker NAME first.")
    }

    static func otherStore(_ dir: String) -> Message {
        Message(nb: "\(dir) hører til et annet Nabo-datasett. Synkroniser bare kopier av samme datasett.",
                en: "\(dir) belongs to a different Nabo store. Only copies of the same store can be synced.")
    }

    private func markEncrypted() throws(Message) {
        var m = manifest
        m.encrypted = true
        do throws(Files.Failure) { try Files.replaceAtomically(folder + "/store.json", m.bytes) } catch { throw error.message }
        manifest = m
    }

    /// Key lines of other devices, appended to their journals here and read in as any line is.
    private func adopt(_ lines: [KeyLine]) throws(Message) {
        var byDevice: [String: [UInt8]] = [:]
        for line in lines where !known.contains(line.op.device, line.op.seq) { byDevice[line.op.device, default: []] += line.bytes }
        for (device, bytes) in byDevice.sorted(by: { $0.key < $1.key }) {
            let name = device + ".jsonl"
            let from = Files.status(journalFolder + "/" + name)?.size ?? 0
            do throws(Files.Failure) { try Files.appendDurably(journalFolder + "/" + name, bytes) } catch { throw error.message }
            try readJournal(name, from: from, repairing: true)
        }
    }

    /// Seals every plain line in this data folder's journals, seals `damaged/`, writes the snapshot
    /// sealed, and forgets what sync folders were sent (the journals' bytes changed under them).
    func sealPlainLines() throws(Message) {
        guard let keyring else { return }
        for name in Files.listFiles(journalFolder) where JournalFileName.isJournal(name) {
            let path = journalFolder + "/" + name
            try sealedCopy(of: path, name: name, key: keyring.current)
            journalSizes[name] = Files.status(path)?.size
        }
        plainLines = 0
        let damaged = folder + "/damaged"
        for name in Files.listFiles(damaged) where !name.hasPrefix(".") {
            guard let bytes = try? Files.contents(damaged + "/" + name), !bytes.starts(with: FileSeal.magic) else { continue }
            try? Files.replaceAtomically(damaged + "/" + name, owner: ownerTag,
                                         FileSeal.seal(bytes, key: keyring.current, store: manifest.store, purpose: "aside"))
        }
        for name in Files.list(folder + "/sync") where name.hasSuffix(".json") {
            guard let bytes = try? Files.contents(folder + "/sync/" + name, atMost: 64 << 20),
                  let json = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)) else { continue }
            let dir = SyncState(json: json).folder
            if !dir.isEmpty { saveSyncState(SyncState(), for: dir) }
        }
        try saveSnapshot(durable: true)
    }

    /// Replaces a journal file by one whose plain lines are sealed; a line that does not read as an
    /// operation is set aside instead. Returns how many lines were sealed and set aside (nothing is
    /// written when both are 0).
    @discardableResult
    func sealedCopy(of path: String, name: String, key: DataKey) throws(Message) -> (sealed: Int, dropped: Int) {
        let bytes: [UInt8]
        do throws(Files.Failure) { bytes = try Files.contents(path) } catch { throw error.message }
        var out: [UInt8] = []
        var aside: [UInt8] = []
        var sealed = 0, dropped = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let plain = Array(line)
            if plain.starts(with: LineSeal.prefix) {
                out += plain + [0x0A]
                continue
            }
            guard let op = try? plain.withUnsafeBufferPointer({ (b) throws(JournalLine.DecodeError) in try JournalLine.decode(b) }) else {
                aside += plain + [0x0A]
                dropped += 1
                continue
            }
            out += LineSeal.seal(plain, id: op.id, clock: op.clock, store: manifest.store, key: key)
            sealed += 1
        }
        if !aside.isEmpty { setAside(aside, from: name) }
        guard sealed > 0 || dropped > 0 else { return (0, 0) }
        do throws(Files.Failure) { try Files.replaceAtomically(path, owner: ownerTag, out) } catch { throw error.message }
        return (sealed, dropped)
    }

    /// The line this store writes for an operation: sealed when it is encrypted. For a benchmark's or
    /// a test's colleague laptop that already holds the data key.
    public func line(for op: Op) -> [UInt8] {
        written(JournalLine.encode(op), op)
    }

    /// How many lines in a folder's journals are in clear (for `nabo check --folder`).
    public static func plainLines(inSyncFolder dir: String) -> Int {
        var count = 0
        for name in Files.listFiles(dir + "/journal") where JournalFileName.isJournal(name) {
            _ = try? Files.forEachChunk(dir + "/journal/" + name, maxLine: JournalLine.maxBytes) { chunk, _ in
                var start = 0
                while start < chunk.count {
                    var end = start
                    while end < chunk.count, chunk[end] != 0x0A { end += 1 }
                    if end > start, !UnsafeBufferPointer(rebasing: chunk[start..<end]).starts(with: LineSeal.prefix) { count += 1 }
                    start = end + 1
                }
            }
        }
        return count
    }
}

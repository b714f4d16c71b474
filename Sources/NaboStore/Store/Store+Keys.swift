import Crypto
import Foundation
import NaboCore

/// Unlocking an encrypted store, and the key lines it writes: slots for workers and the recovery
/// key, grants of data keys to slots, removals and rotations.
extension Store {
    /// What a worker sees for a slot in `nabo key list`.
    public struct SlotInfo: Equatable, Sendable {
        public var id: String
        public var name: String
        public var added: String
        public var addedBy: String
        public var recovery: Bool
        public var isThisOne: Bool
    }

    public static let wrongPassphrase = Message(nb: "Passordet åpner ikke denne datamappen. Ingenting er endret; prøv igjen.",
                                         en: "That passphrase does not open this data folder. Nothing was changed; try again.")

    /// Reads the key lines, asks for the passphrase and opens the data keys it reaches.
    func unlock(_ passphrase: (() throws(Message) -> String)?, readOnly: Bool) throws(Message) {
        let (scanned, behind) = KeySlots.scan(dataFolder: folder, journals: journalFolder)
        keySlots = scanned
        guard !keySlots.isEmpty else {
            throw Message(nb: "Datamappen er kryptert, men har ingen nøkler. Kopier den på nytt fra en annen maskin.",
                          en: "The data folder is encrypted but holds no keys. Copy it again from another laptop.")
        }
        guard let passphrase else {
            throw Message(nb: "Datamappen er kryptert. Oppgi passordet (--passphrase-file FIL eller NABO_PASSPHRASE_FILE).",
                          en: "The data folder is encrypted. Give its passphrase (--passphrase-file FILE or NABO_PASSPHRASE_FILE).")
        }
        let secret = try passphrase()
        let started = Date()
        defer { unlockSeconds = Date().timeIntervalSince(started) }
        do throws(KeySlots.Failure) {
            let opened = try keySlots.unlock(secret, store: manifest.store, preferring: identity?.slot)
            keyring = opened.keyring
            unlockedSlot = opened.slot
            slotKey = opened.privateKey
        } catch {
            throw Self.wrongPassphrase
        }
        if let behind, !readOnly { try? Files.replaceAtomically(folder + "/" + KeySlotCache.name, owner: ownerTag, behind.bytes) }
        if var id = identity, id.slot != unlockedSlot {
            id.slot = unlockedSlot
            identity = id
            try? registry.set(id, for: canonicalFolder)
        }
    }

    /// Opens sealed lines with this store's keys; nil for a plain store.
    var opener: LineOpener? { keyring.map { LineOpener(keyring: $0, store: manifest.store) } }

    /// The line to write for a plain line: sealed when the store is encrypted.
    func written(_ plain: [UInt8], _ op: Op) -> [UInt8] {
        guard let keyring else { return plain }
        return LineSeal.seal(Array(plain.dropLast()), id: op.id, clock: op.clock, store: manifest.store, key: keyring.current)
    }

    /// Takes key lines met while reading (another laptop's new worker, a rotation) and opens any
    /// grant of a new data key to the slot this laptop unlocked with.
    func learn(_ line: KeyLine) {
        keySlots.add(line)
        guard case .grant(let g) = line, g.slot == unlockedSlot, let slotKey, let ring = keyring,
              let key = try? KeySlots.openGrant(g, with: slotKey, store: manifest.store), ring.key(id: key.id) == nil else { return }
        // The newest grant's key seals from now on.
        let newest = keySlots.grants.filter { $0.slot == g.slot }.max { $0.clock < $1.clock }
        keyring = Keyring(newest == g ? [key] + ring.keys : ring.keys + [key])
    }

    // MARK: Writing key lines

    /// Appends key lines as this device's next operations.
    func appendKeyLines(now: Date, _ make: (inout () -> (OpID, HLC)) throws -> [KeyLine]) throws(Message) {
        let ctx = try context(now: now)
        var seq = ctx.nextSeq
        var clock = replica.clock
        var next: () -> (OpID, HLC) = {
            defer { seq += 1 }
            clock = clock.tick(now: ctx.now)
            return (OpID(device: ctx.device, seq: seq), clock)
        }
        let lines: [KeyLine]
        do { lines = try make(&next) } catch {
            throw Message(nb: "Kunne ikke lage nøkkelen.", en: "Could not make the key.")
        }
        try appendRaw(lines.map { ($0.op, $0.clock, $0.bytes) })
        for l in lines { keySlots.add(l) }
    }

    public func slots() -> [SlotInfo] {
        guard let keyring else { return [] }
        return keySlots.live.map { s in
            let meta = keySlots.meta(s, keyring: keyring, store: manifest.store)
            return SlotInfo(id: s.id, name: meta?.name ?? "?", added: meta?.added ?? "", addedBy: meta?.addedBy ?? "",
                            recovery: s.recovery, isThisOne: s.id == unlockedSlot)
        }.sorted { ($0.added, $0.id) < ($1.added, $1.id) }
    }

    /// The first slots of a new encrypted store: the worker's, unlocked from the start, and the
    /// recovery key's, whose text is kept in `recoveryKey` to be shown once.
    func makeFirstSlots(worker: String, _ keys: NewKeys, now: Date) throws(Message) {
        let pair = Curve25519.KeyAgreement.PrivateKey()
        unlockedSlot = try addSlot(name: worker, secret: keys.passphrase, kdf: keys.kdf, now: now, pair: pair)
        slotKey = pair
        let recovery = RecoveryKey.generate()
        try addSlot(name: "", secret: recovery, recovery: true, kdf: keys.kdf, now: now)
        recoveryKey = recovery
        if var id = identity {
            id.slot = unlockedSlot
            identity = id
            try? registry.set(id, for: canonicalFolder)
        }
    }

    /// Appends lines already made (key lines) as this device's operations.
    func appendRaw(_ lines: [(OpID, HLC, [UInt8])]) throws(Message) {
        guard var id = identity, let path = ownJournal, !lines.isEmpty else { return }
        do throws(Files.Failure) { try Files.appendDurably(path, lines.flatMap(\.2)) } catch { throw error.message }
        for (op, clock, bytes) in lines {
            let hash = bytes.withUnsafeBufferPointer { LineHash.of(UnsafeBufferPointer(rebasing: $0.dropLast())) }
            if known.admit(op.device, op.seq, hash: hash) == .new {
                replica.apply(Op(id: op, clock: clock, author: id.worker, type: "", entity: ""))
            }
        }
        journalSizes[id.device + ".jsonl"] = Files.status(path)?.size
        id.lastSeq = known.last(id.device)
        identity = id
        try? registry.set(id, for: canonicalFolder)
    }

    /// A new slot for a worker (or the recovery key), given every data key this laptop holds.
    @discardableResult
    public func addSlot(name: String, secret: String, recovery: Bool = false, kdf: KDFParameters = .standard, now: Date = Date(),
                        pair: Curve25519.KeyAgreement.PrivateKey = .init()) throws(Message) -> String {
        guard let keyring else { throw Self.notEncrypted }
        let id = String(Data(Random.bytes(6)).base64EncodedString().map { $0 == "/" ? "_" : $0 == "+" ? "-" : $0 })
        let meta = SlotMeta(name: name, addedBy: identity?.worker ?? "", added: ISO8601DateFormatter().string(from: now))
        try appendKeyLines(now: now) { next in
            let (op, clock) = next()
            let slot = try KeySlots.newSlot(id: id, secret: secret, meta: meta, recovery: recovery, kdf: kdf, keyring: keyring,
                                            op: op, clock: clock, store: manifest.store, pair: pair)
            return [.slot(slot)] + keyring.keys.reversed().map { key in
                let (op, clock) = next()
                return KeySlots.grant(key, to: slot, op: op, clock: clock, store: manifest.store)
            }
        }
        return id
    }

    /// A new data key for every later line, granted to every slot still live.
    public func rotate(now: Date = Date()) throws(Message) {
        guard let ring = keyring else { throw Self.notEncrypted }
        let key = DataKey.generate()
        let live = keySlots.live
        try appendKeyLines(now: now) { next in
            live.map { slot in
                let (op, clock) = next()
                return KeySlots.grant(key, to: slot, op: op, clock: clock, store: manifest.store)
            }
        }
        keyring = Keyring([key] + ring.keys)
    }

    /// Removes a slot and rotates the data key in the same step, so the removed passphrase opens
    /// nothing written from now on.
    public func removeSlot(_ id: String, now: Date = Date()) throws(Message) {
        guard keySlots.live.contains(where: { $0.id == id }) else {
            throw Message(nb: "Fant ingen nøkkel \(id). Se nabo key list.", en: "No key \(id). See nabo key list.")
        }
        guard id != unlockedSlot else {
            throw Message(nb: "Du kan ikke fjerne nøkkelen du låste opp med.", en: "You cannot remove the key you unlocked with.")
        }
        try appendKeyLines(now: now) { next in
            let (op, clock) = next()
            return [.removed(id: id, op: op, clock: clock)]
        }
        try rotate(now: now)
    }

    /// The unlocked slot under a new passphrase.
    public func changePassphrase(to secret: String, kdf: KDFParameters = .standard, now: Date = Date()) throws(Message) {
        guard let slotID = unlockedSlot, let slot = keySlots.live.first(where: { $0.id == slotID }), let slotKey else { throw Self.notEncrypted }
        try appendKeyLines(now: now) { next in
            let (op, clock) = next()
            var out = slot
            out.op = op
            out.clock = clock
            out.kdf = kdf
            out.salt = Random.bytes(16)
            out.sealedPrivateKey = Array(try ChaChaPoly.seal(slotKey.rawRepresentation, using: try KeySlots.kek(secret, salt: out.salt, kdf),
                                                             authenticating: KeySlots.slotData(manifest.store, slot.id, "slot")).combined)
            return [.slot(out)]
        }
    }

    public static let notEncrypted = Message(nb: "Denne datamappen er ikke kryptert.", en: "This data folder is not encrypted.")

    /// Said where a plain store is made or opened for writing: what is in it is readable to anyone
    /// holding a copy.
    public static let notEncryptedNotice = Message(
        nb: "Datamappen er ikke kryptert: alle som får en kopi, kan lese den. nabo encrypt krypterer den.",
        en: "This data folder is not encrypted: anyone with a copy can read it. nabo encrypt encrypts it.")
}

extension KeySlots {
    /// Every key line in a folder's journals. Key lines are few and short, and sit right after the
    /// clock, so a line is looked at only as far as its first key after `t`.
    static func scan(_ folder: String) -> KeySlots {
        scan(folder, Files.listFiles(folder).filter(JournalFileName.isJournal).map { ($0, 0) })
    }

    /// The key lines in these files, each from its offset: a sync looks only where a file grew.
    static func scan(_ folder: String, _ files: [(name: String, offset: Int)]) -> KeySlots {
        var slots = KeySlots()
        for (name, offset) in files {
            _ = try? Files.forEachChunk(folder + "/" + name, from: offset, maxLine: JournalLine.maxBytes) { chunk, _ in
                var start = 0
                while start < chunk.count {
                    let end = memchr(chunk.baseAddress! + start, 0x0A, chunk.count - start)
                        .map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - chunk.baseAddress! } ?? chunk.count
                    let line = UnsafeBufferPointer(rebasing: chunk[start..<end])
                    if KeyLine.mightBe(line), let k = KeyLine.parse(line) { slots.add(k) }
                    start = end + 1
                }
            }
        }
        return slots
    }
}

extension KeyLine {
    /// A cheap look at a line: does a `"slot"` or `"grant"` key follow the clock?
    static func mightBe(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.starts(with: LineSeal.prefix) else { return false }
        let head = line.prefix(96)
        for i in head.indices where head[i] == UInt8(ascii: ",") {
            let rest = line[i...]
            if rest.starts(with: slotKey) || rest.starts(with: grantKey) { return true }
        }
        return false
    }

    // Made once: this look is taken at every line of every journal before unlocking.
    private static let slotKey = Array(",\"slot\":".utf8), grantKey = Array(",\"grant\":".utf8)
}

import Crypto
import Foundation
import NaboCore

/// A data folder opened for use: the folded records, the journals behind them, and the only code
/// that writes them. Open it once per process; a second writer is refused by a lock.
public final class Store {
    public let folder: String
    public internal(set) var manifest: Manifest
    public internal(set) var replica = Replica()
    public internal(set) var damage: [Damage] = []
    /// This machine's device for the folder; nil until `nabo init --worker NAME` has been run here.
    public internal(set) var identity: DeviceRegistry.Entry?
    /// Set when this device's own journal holds fewer operations than it once wrote.
    public internal(set) var missingOwnOperations: ClosedRange<UInt32>?
    public var utcOffset: @Sendable (CalendarDate, Int) -> Int = Store.localOffset
    /// Told, while a sync reads its folder, how much of what it has to read it has read (0...1).
    public var progress: ((Double) -> Void)?

    var known = KnownOperations()
    /// Lines met with the id of another line but other content, not yet settled.
    var twoContents: [TwoContents] = []
    /// Lines met with another content that an erasure rewrote, until this sync has applied it.
    var rewrittenElsewhere: [(pair: TwoContents, damage: Damage)] = []
    /// Set when a sync brings lines under this laptop's own device id that it never wrote.
    var twinSeen = false
    /// This device's sequence numbers that the other laptop also used, with other content.
    /// This laptop's own lines whose id another laptop used and whose copy was not kept.
    var ownLosers: [[UInt8]] = []
    var clockCeiling = HLC(raw: .max)
    /// The data keys, once an encrypted store is unlocked; nil for a plain store.
    public internal(set) var keyring: Keyring?
    var keySlots = KeySlots()
    var unlockedSlot: String?
    var slotKey: Curve25519.KeyAgreement.PrivateKey?
    public var isEncrypted: Bool { manifest.encrypted }
    /// How long the passphrase took to open the keys (the key derivation, mostly).
    public internal(set) var unlockSeconds = 0.0
    /// Lines of an encrypted store still in clear (written before it was encrypted, or by hand).
    public internal(set) var plainLines = 0
    /// The recovery key of a store made just now, to show once; never written anywhere.
    public internal(set) var recoveryKey: String?
    var registry: DeviceRegistry
    /// This machine's state for Nabo (`DataFolder.stateHome`): device ids, named sync folders.
    let stateHome: String
    let canonicalFolder: String
    /// The data folder's lock: held while the store is open, or with `shareWhileOpen` only while writing.
    var lock: FileLock?
    /// Held by an open interface for as long as it is open (`shareWhileOpen`).
    var interfaceLock: FileLock?
    /// Each journal's inode as last read, so a journal written again by another process is read again whole.
    var journalInodes: [String: UInt64] = [:]
    /// Journal file sizes as read, to tell whether the snapshot still matches.
    var journalSizes: [String: Int] = [:]
    /// How many operations the snapshot on disk holds, to tell when it is worth writing again.
    var operationsInSnapshot = 0
    /// A sealed snapshot still opening in the background, until `settleSnapshot`.
    var openedSnapshot: SnapshotSource?
    let isReadOnly: Bool
    /// What an interface replaced and frees when the worker pauses (`Retired`).
    public let retired = Retired()

    public var journalFolder: String { folder + "/journal" }
    var ownJournal: String? { identity.map { journalFolder + "/" + $0.device + ".jsonl" } }

    /// What a new encrypted store is made with: the first worker's passphrase and the key derivation's cost.
    public struct NewKeys: Sendable {
        public var passphrase: String
        public var kdf: KDFParameters
        public init(passphrase: String, kdf: KDFParameters = .standard) {
            self.passphrase = passphrase
            self.kdf = kdf
        }
    }

    /// Creates the folder and its manifest if missing, and makes this machine a device of it. With
    /// `newKeys` a new folder is encrypted: a data key, a slot for the worker's passphrase and one for
    /// the recovery key (`recoveryKey`, shown once). A copied encrypted folder is unlocked with
    /// `passphrase` instead.
    public static func initialise(_ folder: String, worker: String, stateHome: String, now: Date = Date(), newKeys: NewKeys? = nil,
                                  passphrase: (() throws(Message) -> String)? = nil) throws(Message) -> Store {
        let name = String(worker.trimmingWhitespace())
        guard !name.isEmpty else {
            throw Message(nb: "Skriv navnet ditt: nabo init --worker NAVN.", en: "Give your name: nabo init --worker NAME.")
        }
        do throws(Files.Failure) {
            try Files.makeDirectory(folder + "/journal")
            if !Files.exists(folder + "/store.json") {
                let m = Manifest(store: DeviceRegistry.newDeviceID() + DeviceRegistry.newDeviceID(), created: ISO8601DateFormatter().string(from: now),
                                 encrypted: newKeys != nil)
                try Files.replaceAtomically(folder + "/store.json", m.bytes)
            }
        } catch { throw error.message }
        let store = try Store(folder, stateHome: stateHome, readOnly: false, useSnapshot: true, now: now, waiting: {},
                              passphrase: passphrase ?? newKeys.map { keys in { () throws(Message) in keys.passphrase } }, freshKeys: newKeys != nil)
        try store.register(worker: name)
        if let newKeys, store.unlockedSlot == nil, store.keyring != nil {
            try store.makeFirstSlots(worker: name, newKeys, now: now)
        }
        return store
    }

    /// What `nabo init` of a copied folder says: the device this laptop writes as, and whether the
    /// folder is encrypted.
    public struct Joined: Sendable {
        public let device: String
        public let worker: String
        public let isEncrypted: Bool

        /// What a store this laptop writes to says of itself.
        public init(_ store: Store) {
            (device, worker, isEncrypted) = (store.identity?.device ?? "", store.identity?.worker ?? "", store.isEncrypted)
        }
    }

    /// Sets this laptop up to write to a data folder copied from another (`nabo init` of a folder
    /// that has a `store.json`): takes the lock, unlocks an encrypted folder with `passphrase`, and
    /// registers a device for `worker`, without reading a journal line. Folding five million
    /// operations here took 46 s, and the first start folds them again; what a writer's open also
    /// does (repairs, erasures, leftovers) is done by that first start.
    public static func join(_ folder: String, worker: String, stateHome: String, now: Date = Date(),
                            passphrase: (() throws(Message) -> String)? = nil) throws(Message) -> Joined {
        let name = String(worker.trimmingWhitespace())
        guard !name.isEmpty else {
            throw Message(nb: "Skriv navnet ditt: nabo init --worker NAVN.", en: "Give your name: nabo init --worker NAME.")
        }
        let store = try Store(folder, stateHome: stateHome, readOnly: false, useSnapshot: true, now: now, waiting: {},
                              passphrase: passphrase, freshKeys: false, folding: false)
        try store.register(worker: name)
        return Joined(store)
    }

    /// Gives this laptop a device in the folder for `name`, or renames the one it has.
    private func register(worker name: String) throws(Message) {
        guard identity == nil || identity?.worker != name else { return }
        let entry = DeviceRegistry.Entry(device: identity?.device ?? DeviceRegistry.newDeviceID(), worker: name, lastSeq: identity?.lastSeq ?? 0)
        do throws(Files.Failure) { try registry.set(entry, for: canonicalFolder) } catch { throw error.message }
        identity = entry
    }

    /// Whether this machine already writes to the folder (has run `nabo init` for it).
    public static func isSetUp(_ folder: String, stateHome: String) -> Bool {
        Files.exists(folder + "/store.json")
            && DeviceRegistry(stateHome: stateHome).entry(for: URL(fileURLWithPath: folder).resolvingSymlinksInPath().path) != nil
    }

    /// Opens an existing data folder. Read-only opens take no lock, so a script can read while a
    /// worker has the interface open. A writer finding the folder locked waits its turn for up to
    /// 10 s, calling `waiting` once.
    public convenience init(_ folder: String, stateHome: String, readOnly: Bool = false, useSnapshot: Bool = true,
                            now: Date = Date(), waiting: () -> Void = {}, passphrase: (() throws(Message) -> String)? = nil) throws(Message) {
        try self.init(folder, stateHome: stateHome, readOnly: readOnly, useSnapshot: useSnapshot, now: now, waiting: waiting,
                      passphrase: passphrase, freshKeys: false)
    }

    /// `freshKeys`: a new encrypted store, whose first data key is made here rather than unlocked.
    /// `unlocked`: the keys another store in this process opened already (`BackgroundSync`), so no
    /// passphrase is asked again.
    /// `folding: false` reads no journal line: the store then holds no records, for `join` alone.
    init(_ folder: String, stateHome: String, readOnly: Bool, useSnapshot: Bool, now: Date, waiting: () -> Void,
         passphrase: (() throws(Message) -> String)?, freshKeys: Bool, unlocked: UnlockedKeys? = nil, folding: Bool = true) throws(Message) {
        guard Files.exists(folder + "/store.json") else {
            throw Message(nb: "Fant ingen Nabo-data i \(folder). Lag en med «nabo init --worker NAVN --data \(folder)».",
                          en: "No Nabo data in \(folder). Create it with “nabo init --worker NAME --data \(folder)”.")
        }
        self.folder = folder
        isReadOnly = readOnly
        canonicalFolder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        do throws(Files.Failure) {
            manifest = try Manifest.read(folder + "/store.json")
            lock = readOnly ? nil : try FileLock(folder + "/.lock", waiting: waiting)
            try Files.makeDirectory(folder + "/journal")
        } catch { throw error.message }
        registry = DeviceRegistry(stateHome: stateHome)
        self.stateHome = stateHome
        identity = registry.entry(for: canonicalFolder)
        clockCeiling = HLC(millis: Int64(now.timeIntervalSince1970 * 1000) + Self.clockTolerance, counter: .max)
        if manifest.encrypted {
            if let unlocked {
                (keyring, unlockedSlot, slotKey) = (unlocked.keyring, unlocked.slot, unlocked.slotKey)
                keySlots = KeySlots.scan(dataFolder: folder, journals: journalFolder).0
            } else if freshKeys, KeySlots.scan(journalFolder).isEmpty {
                keyring = Keyring([DataKey.generate()])
            } else {
                try unlock(passphrase, readOnly: readOnly)
            }
        }
        guard folding else { return }
        try load(repairing: !readOnly, useSnapshot: useSnapshot)
        if !readOnly { try applyErasures() }
        if !readOnly, let id = identity {
            for dir in [folder, journalFolder, folder + "/sync", folder + "/damaged"] { Files.removeLeftovers(in: dir, owner: id.device, now: now) }
        }
    }

    /// How far ahead of this laptop's clock another laptop's may be before it is reported and not followed.
    static let clockTolerance: Int64 = 24 * 3600 * 1000

    func load(repairing: Bool, useSnapshot: Bool) throws(Message) {
        if !(useSnapshot && loadSnapshot()) {
            replica = Replica()
            known = KnownOperations()
            journalSizes = [:]
        }
        replica.clockCeiling = clockCeiling
        for name in Files.listFiles(journalFolder) where JournalFileName.isJournal(name) {
            let size = Files.status(journalFolder + "/" + name)?.size ?? 0
            if size != journalSizes[name] { try readJournal(name, from: journalSizes[name] ?? 0, repairing: repairing) }
        }
        if repairing, !twoContents.isEmpty { try settleTwoContents() }
        if let id = identity, known.last(id.device) < id.lastSeq {
            missingOwnOperations = (known.last(id.device) + 1)...id.lastSeq
            if repairing { recoverOwnJournal() }
        }
    }

    /// Reads a journal's lines from `offset`; up to `end` only, where the interface reads a slice at a time.
    func readJournal(_ name: String, from offset: Int, to end: Int = .max, repairing: Bool) throws(Message) {
        let path = journalFolder + "/" + name
        do {
            let result = try JournalReader.read(path, name: name, from: offset, to: end, opener: opener) { line in
                switch known.admit(line.op.id.device, line.op.id.seq, hash: line.hash) {
                case .new:
                    replica.apply(line.op)
                    if line.op.type.isEmpty, KeyLine.mightBe(line.bytes), let k = KeyLine.parse(line.bytes) { learn(k) }
                    if keyring != nil, !line.op.type.isEmpty, !line.sealed { plainLines += 1 }
                case .repeated: break
                case .conflicting:
                    damage.append(Damage(kind: .conflictingCopy, file: name, line: line.number, op: line.op.id))
                    twoContents.append(TwoContents(id: line.op.id, line: Array(line.bytes), hash: line.hash))
                }
            }
            damage += result.damage
            if !result.damagedBytes.isEmpty, repairing { setAside(result.damagedBytes, from: name) }
            if !result.tornTail.isEmpty, repairing, result.damage.last?.kind == .tornLine {
                // The torn bytes are kept aside; cutting them off lets the next append start a clean line.
                try Files.truncate(path, to: result.goodLength)
            }
            let size = Files.status(path)?.size ?? 0
            journalSizes[name] = end < size ? result.goodLength : size
        } catch let e as Files.Failure {
            throw e.message
        } catch {
            throw Message(nb: "Kunne ikke lese \(name).", en: "Could not read \(name).")
        }
    }

    /// Damaged bytes go to `damaged/` for someone to look at; never deleted. The file is named by
    /// the bytes' fingerprint, so the same damage met again (a garbled line read by every command)
    /// is kept once, and by the journal's name only as far as it is plain letters and digits.
    func setAside(_ bytes: [UInt8], from name: String) {
        let dir = folder + "/damaged"
        try? Files.makeDirectory(dir)
        let hash = bytes.withUnsafeBufferPointer { LineHash.of($0) }
        let plain = String(name.unicodeScalars.prefix(48).map { c in
            (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "." || c == "-" ? Character(c) : "_"
        })
        let path = dir + "/\(plain).\(String(hash, radix: 16)).bytes"
        guard !Files.exists(path) else { return }
        let kept = keyring.map { FileSeal.seal(bytes, key: $0.current, store: manifest.store, purpose: "aside") } ?? bytes
        try? Files.replaceAtomically(path, owner: identity?.device ?? "nabo", kept)
    }

    // MARK: Writing

    public func context(now: Date) throws(Message) -> Context {
        guard let id = identity else {
            throw Message(nb: "Denne maskinen er ikke satt opp for datamappen. Kjør «nabo init --worker NAVN» først.",
                          en: "This machine is not set up for the data folder. Run “nabo init --worker NAME” first.")
        }
        if let missing = missingOwnOperations {
            throw Message(
                nb: "Journalen for denne maskinen mangler endring \(missing.lowerBound)–\(missing.upperBound) (en eldre kopi er lagt over den). Synkroniser med en mappe som har dem (nabo sync MAPPE) før du lagrer mer.",
                en: "This machine's journal lacks changes \(missing.lowerBound)–\(missing.upperBound) (an older copy was put over it). Sync with a folder that has them (nabo sync DIR) before saving more.")
        }
        guard known.last(id.device) < UInt32.max - 1_000_000 else {
            throw Message(nb: "Denne maskinen har brukt opp nummerne sine for denne datamappen. Kjør «nabo init --worker NAVN» på en kopi av mappen.",
                          en: "This machine has used up its numbers for this data folder. Run “nabo init --worker NAME” on a copy of the folder.")
        }
        return Context(device: id.device, author: id.worker, now: Int64(now.timeIntervalSince1970 * 1000),
                       nextSeq: known.last(id.device) + 1, utcOffset: utcOffset)
    }

    /// The local day now, also for a machine that only reads the folder.
    public func today(now: Date = Date()) -> CalendarDate {
        Context(device: "", author: "", now: Int64(now.timeIntervalSince1970 * 1000), nextSeq: 0, utcOffset: utcOffset).today
    }

    /// Checks a change against the rules, writes it durably, then shows it: nothing is "saved" that
    /// is not on disk, and nothing invalid is written.
    @discardableResult
    public func commit(_ change: Change, now: Date = Date()) throws(Message) -> [Op] {
        let ctx = try context(now: now)
        let ops = try Planner.plan(change, in: replica, context: ctx)
        try append(ops)
        return ops
    }

    /// Appends operations already planned against this store's state.
    public func append(_ ops: [Op]) throws(Message) {
        guard !ops.isEmpty, var id = identity, let path = ownJournal else { return }
        var bytes: [UInt8] = []
        for op in ops {
            let line = JournalLine.encode(op)
            // Every line written must read back, here and on every other laptop.
            guard line.count <= JournalLine.maxBytes * 2 / 3 else {
                throw Message(nb: "Teksten er for lang til å lagres (over 700 kB). Del den opp.",
                              en: "The text is too long to save (over 700 kB). Split it up.")
            }
            bytes += written(line, op)
        }
        do throws(Files.Failure) {
            try Files.appendDurably(path, bytes)
        } catch { throw error.message }
        for op in ops {
            let line = JournalLine.encode(op)
            let hash = line.withUnsafeBufferPointer { LineHash.of(UnsafeBufferPointer(rebasing: $0.dropLast())) }
            if known.admit(op.id.device, op.id.seq, hash: hash) == .new { replica.apply(op) }
        }
        journalSizes[id.device + ".jsonl"] = Files.status(path)?.size
        id.lastSeq = known.last(id.device)
        identity = id
        try? registry.set(id, for: canonicalFolder)
    }

    static let localOffset: @Sendable (CalendarDate, Int) -> Int = { date, minutes in
        var c = DateComponents()
        c.year = date.year
        c.month = date.month
        c.day = date.day
        c.hour = minutes / 60
        c.minute = minutes % 60
        let cal = Calendar(identifier: .gregorian)
        guard let d = cal.date(from: c) else { return 0 }
        return TimeZone.current.secondsFromGMT(for: d) / 60
    }
}

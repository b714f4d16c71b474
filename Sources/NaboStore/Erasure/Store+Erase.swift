import Crypto
import Foundation
import NaboCore

/// Erasing a resident (GDPR article 17): the one exception to "nothing is ever lost". The receipt
/// is written as this device's next operation and travels by sync; wherever it is held, every line
/// holding the person's values is rewritten (`ErasureRule`), here and in every sync folder synced
/// from then on, and so are the snapshot, the draft and `damaged/`.
extension Store {
    /// What erasing a resident would take and what it would leave, for the worker to see first.
    public struct ErasurePreview: Sendable {
        public var resident: Resident
        public var scope: ErasureScope
        /// Other records whose free text still names the person: the erasure leaves them as written.
        public var mentions: [TextMention]
    }

    public func erasurePreview(_ residents: [String]) throws(Message) -> [ErasurePreview] {
        let people = PersonRecords.of(residents, in: replica)
        if let missing = residents.first(where: { id in !people.contains { $0.resident.id == id } }) {
            throw Message(nb: "Fant ingen beboer med id \(missing).", en: "No resident with id \(missing).")
        }
        let leaving = Set(residents)
        let scopes = people.map { ErasureScope($0, in: replica, alongWith: leaving) }
        let found = people.map { Resident($0.resident) }
        let mentions = TextMention.find(found.map { ($0.name, $0.phone) }, in: replica, except: Set(scopes.flatMap(\.erased)))
        return found.indices.map { ErasurePreview(resident: found[$0], scope: scopes[$0], mentions: mentions[$0]) }
    }

    /// Erases the residents in one step, one receipt each, and rewrites this data folder. Cannot be
    /// undone: nothing of them is left to bring back.
    @discardableResult
    public func erase(residents: [String], reason: String, now: Date = Date()) throws(Message) -> [ErasureReceipt] {
        try erase(try erasurePreview(residents), reason: reason, now: now)
    }

    /// Erases the residents of previews made just now (nothing written in between).
    @discardableResult
    public func erase(_ previews: [ErasurePreview], reason: String, now: Date = Date()) throws(Message) -> [ErasureReceipt] {
        let why = String(reason.trimmingWhitespace())
        guard !why.isEmpty else {
            throw Message(nb: "Skriv hvorfor beboeren slettes: --reason TEKST.", en: "Say why the resident is erased: --reason TEXT.")
        }
        let ctx = try context(now: now)
        let seen = Dictionary(known.devices.map { ($0, known.last($0)) }, uniquingKeysWith: max)
        let hash = erasureHash
        var clock = replica.clock
        var receipts: [ErasureReceipt] = []
        var ops: [Op] = []
        for (i, p) in previews.enumerated() {
            clock = clock.tick(now: ctx.now)
            let receipt = ErasureReceipt(p.scope, name: p.resident.name, unit: p.resident.unit, reason: why, textLeft: p.mentions.count,
                                         seen: seen, id: OpID(device: ctx.device, seq: ctx.nextSeq + UInt32(i)), context: ctx, hash: hash)
            receipts.append(receipt)
            ops.append(receipt.op(clock: clock))
        }
        try append(ops)
        try applyErasures()
        return receipts
    }

    /// The receipts held, oldest id first.
    public var erasures: [ErasureReceipt] { ErasureReceipt.all(in: replica) }

    /// HMAC-SHA256 under a key made from the store's id, which every copy of the store holds and no
    /// record does; cut to 128 bits, plenty to tell ids apart and half the receipt's size.
    var erasureHash: KeyedHash {
        let key = SymmetricKey(data: SHA256.hash(data: Array("nabo-erasure\u{0}\(manifest.store)".utf8)))
        return { text in
            let mac = HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: key)
            let digits = Array("0123456789abcdef".utf8)
            var out: [UInt8] = []
            out.reserveCapacity(32)
            for b in mac.prefix(16) { out += [digits[Int(b >> 4)], digits[Int(b & 15)]] }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whom the receipts erased, as an import recognises them again.
    public var erasedPeople: ErasedPeople { ErasedPeople(erasures, hash: erasureHash) }

    var erasureRule: ErasureRule { ErasureRule(erasures, hash: erasureHash) }

    var appliedErasuresPath: String { folder + "/erasures-applied" }

    /// The receipts this data folder has been rewritten for: a receipt held but not listed (it came
    /// by sync, or the rewrite was cut short) is applied at the next open by a writer or sync.
    func appliedErasures() -> Set<String> {
        guard let bytes = try? Files.contents(appliedErasuresPath, atMost: 64 << 20) else { return [] }
        return Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    /// Rewrites the journals for every receipt not yet applied, writes the snapshot again, and
    /// removes the draft and the set-aside lines that hold the erased values. Returns how many of
    /// the lines dropped were made without knowing of the erasure (edits on a laptop that had not
    /// received it yet). Every sync folder's state is forgotten, so each is rewritten at its next sync.
    @discardableResult
    func applyErasures() throws(Message) -> Int {
        let receipts = erasures
        let ids = Set(receipts.map(\.id.description))
        guard !ids.isSubset(of: appliedErasures()) else { return 0 }
        let rule = ErasureRule(receipts, hash: erasureHash)
        var pass = ErasurePass(rule: rule, receipts: receipts)
        for name in Files.listFiles(journalFolder) where JournalFileName.isJournal(name) {
            try rewriteErased(journalFolder + "/" + name, &pass)
        }
        Files.remove(snapshotPath)
        damage = []
        try load(repairing: true, useSnapshot: false)
        try saveSnapshot(durable: true)
        if let draft = readDraft(), pass.holdsErased(draft) { removeDraft() }
        removeErasedAside(pass)
        for name in Files.list(folder + "/sync") where name.hasSuffix(".json") {
            guard let bytes = try? Files.contents(folder + "/sync/" + name, atMost: 64 << 20),
                  let json = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)) else { continue }
            let dir = SyncState(json: json).folder
            if !dir.isEmpty { saveSyncState(SyncState(), for: dir) }
        }
        do throws(Files.Failure) {
            try Files.replaceAtomically(appliedErasuresPath, owner: ownerTag, Array(ids.sorted().joined(separator: "\n").utf8))
        } catch { throw error.message }
        return pass.unseen
    }

    /// Writes a journal again with every line the erasures reach rewritten (sealed again where the
    /// store is encrypted, with a fresh nonce, so the old ciphertext is gone with the file). A line
    /// that does not open or read stays as it is. Returns whether anything changed.
    @discardableResult
    func rewriteErased(_ path: String, fromSyncFolder: Bool = false, _ pass: inout ErasurePass) throws(Message) -> Bool {
        let bytes: [UInt8]
        do throws(Files.Failure) { bytes = try Files.contents(path) } catch { throw error.message }
        var opener = self.opener
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var changed = false
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let line = Array(raw)
            let plain: [UInt8]? = line.withUnsafeBufferPointer { b in
                guard let outer = LineSeal.outer(b) else { return line }
                return try? opener?.open(outer) { Array($0) }
            }
            guard let plain, let op = plain.withUnsafeBufferPointer({ try? JournalLine.decode($0, fromSyncFolder: fromSyncFolder) }),
                  let rewritten = pass.rewrite(op) else {
                out += line + [0x0A]
                continue
            }
            out += written(JournalLine.encode(rewritten), rewritten)
            changed = true
        }
        guard changed else { return false }
        do throws(Files.Failure) { try Files.replaceAtomically(path, owner: ownerTag, out) } catch { throw error.message }
        return true
    }

    /// Set-aside bytes holding an erased value lose those lines; a file left empty goes.
    func removeErasedAside(_ pass: ErasurePass) {
        let dir = folder + "/damaged"
        for name in Files.listFiles(dir) where !name.hasPrefix(".") {
            let path = dir + "/" + name
            guard let bytes = try? Files.contents(path) else { continue }
            let sealed = bytes.starts(with: FileSeal.magic)
            guard let plain = sealed ? keyring.flatMap({ FileSeal.openWhole(bytes, keyring: $0, store: manifest.store, purpose: "aside") }) : bytes
            else { continue }
            let lines = plain.split(separator: 0x0A, omittingEmptySubsequences: true)
            let kept = lines.filter { !pass.holdsErased(Array($0)) }
            guard kept.count < lines.count else { continue }
            if kept.isEmpty {
                Files.remove(path)
                continue
            }
            let rest: [UInt8] = kept.flatMap { Array($0) + [0x0A] }
            let out: [UInt8] = sealed ? keyring.map { FileSeal.seal(rest, key: $0.current, store: manifest.store, purpose: "aside") } ?? rest : rest
            try? Files.replaceAtomically(path, owner: ownerTag, out)
        }
    }
}

/// One pass of erasures over journal lines: the rule, and what it took, to find the same values
/// wherever else they lie (the draft, set-aside bytes).
struct ErasurePass {
    let rule: ErasureRule
    let seen: [OpID: [String: UInt32]]
    var cache: [String: OpID?] = [:]
    /// The erased values met, as they stand in text and as a journal line writes them.
    private(set) var needles: Set<[UInt8]> = []
    /// Lines dropped that their erasure's laptop had not seen.
    private(set) var unseen = 0

    init(rule: ErasureRule, receipts: [ErasureReceipt]) {
        self.rule = rule
        seen = Dictionary(receipts.map { ($0.id, $0.seen) }, uniquingKeysWith: { a, _ in a })
    }

    /// Values shorter than this are too common to look for (a count, "ja").
    static let shortest = 4

    mutating func rewrite(_ op: Op) -> Op? {
        guard let r = rule.rewritten(op, cache: &cache) else { return nil }
        if r.dropped {
            note(op.entity)
            for w in op.writes { for s in w.value.strings { note(s) } }
            for c in op.setChanges { note(c.element) }
        } else {
            for c in op.setChanges where !r.op.setChanges.contains(c) { note(c.element) }
        }
        if let by = r.op.rewrite, op.id.seq > seen[by].map({ $0[op.id.device] ?? 0 }) ?? .max { unseen += 1 }
        return r.op
    }

    private mutating func note(_ s: String) {
        guard s.utf8.count >= Self.shortest else { return }
        needles.insert(Array(s.utf8))
        let escaped = JournalLine.encodeString(s).dropFirst().dropLast()
        needles.insert(Array(escaped))
    }

    func holdsErased(_ bytes: [UInt8]) -> Bool {
        needles.contains { bytes.firstRange(of: $0) != nil }
    }
}

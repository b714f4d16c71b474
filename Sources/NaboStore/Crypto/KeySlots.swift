import Crypto
import CryptoExtras
import Foundation
import NaboCore

/// Every key line a store holds, merged as the fold merges records: for each slot the line with the
/// highest clock stands (a changed passphrase), a removal stands for good, and grants accumulate.
public struct KeySlots: Sendable {
    private(set) var slots: [String: KeyLine.Slot] = [:]
    private(set) var removed: Set<String> = []
    private(set) var grants: [KeyLine.Grant] = []
    /// Every key line as read, to hand on.
    private(set) var lines: [KeyLine] = []

    public init() {}

    mutating func add(_ line: KeyLine) {
        guard !lines.contains(line) else { return }
        lines.append(line)
        switch line {
        case .slot(let s):
            if let held = slots[s.id], held.clock >= s.clock { return }
            slots[s.id] = s
        case .removed(let id, _, _):
            removed.insert(id)
        case .grant(let g):
            if !grants.contains(g) { grants.append(g) }
        }
    }

    /// Slots that can still unlock, newest first.
    var live: [KeyLine.Slot] {
        slots.values.filter { !removed.contains($0.id) }.sorted { $0.clock > $1.clock }
    }

    public var isEmpty: Bool { slots.isEmpty }

    enum Failure: Error { case wrongPassphrase }

    /// The keyring this passphrase (or recovery key) opens, and the slot it opened. The slot this
    /// laptop used last is tried first: each try costs a key derivation.
    struct Unlocked {
        var keyring: Keyring
        var slot: String
        var privateKey: Curve25519.KeyAgreement.PrivateKey
    }

    func unlock(_ passphrase: String, store: String, preferring preferred: String?) throws(Failure) -> Unlocked {
        let recovery = RecoveryKey.normalised(passphrase)
        // What was typed says which kind of slot to try first: each try costs a key derivation.
        var order = live.filter { $0.recovery == (recovery != nil) } + live.filter { $0.recovery != (recovery != nil) }
        if let preferred, let i = order.firstIndex(where: { $0.id == preferred }) { order.insert(order.remove(at: i), at: 0) }
        for slot in order {
            let secret = slot.recovery ? (recovery ?? passphrase) : passphrase
            guard let privateKey = try? Self.openPrivateKey(slot, secret: secret, store: store) else { continue }
            let keys = grants.filter { $0.slot == slot.id }.sorted { $0.clock > $1.clock }
                .compactMap { try? Self.openGrant($0, with: privateKey, store: store) }
            var unique: [DataKey] = []
            for k in keys where !unique.contains(where: { $0.id == k.id }) { unique.append(k) }
            guard !unique.isEmpty else { continue }
            return Unlocked(keyring: Keyring(unique), slot: slot.id, privateKey: privateKey)
        }
        throw .wrongPassphrase
    }

    // MARK: Sealing and opening

    static func kek(_ secret: String, salt: [UInt8], _ kdf: KDFParameters) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(from: Array(secret.utf8), salt: salt, outputByteCount: 32,
                                 rounds: 1 << kdf.logN, blockSize: kdf.r, parallelism: kdf.p)
    }

    static func slotData(_ store: String, _ slot: String, _ what: String) -> [UInt8] {
        Array("nabo-\(what)\u{0}\(store)\u{0}\(slot)".utf8)
    }

    static func openPrivateKey(_ slot: KeyLine.Slot, secret: String, store: String) throws -> Curve25519.KeyAgreement.PrivateKey {
        let key = try kek(secret, salt: slot.salt, slot.kdf)
        let raw = try ChaChaPoly.open(ChaChaPoly.SealedBox(combined: slot.sealedPrivateKey), using: key,
                                      authenticating: slotData(store, slot.id, "slot"))
        return try Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw)
    }

    static func grantKey(_ shared: SharedSecret, ephemeral: [UInt8], recipient: [UInt8], store: String) -> SymmetricKey {
        shared.hkdfDerivedSymmetricKey(using: SHA256.self, salt: ephemeral + recipient, sharedInfo: Array("nabo-grant\u{0}\(store)".utf8),
                                       outputByteCount: 32)
    }

    static func openGrant(_ g: KeyLine.Grant, with key: Curve25519.KeyAgreement.PrivateKey, store: String) throws -> DataKey {
        let epk = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: g.ephemeralKey)
        let shared = try key.sharedSecretFromKeyAgreement(with: epk)
        let wrapKey = grantKey(shared, ephemeral: g.ephemeralKey, recipient: Array(key.publicKey.rawRepresentation), store: store)
        let raw = Array(try ChaChaPoly.open(ChaChaPoly.SealedBox(combined: g.wrapped), using: wrapKey,
                                            authenticating: slotData(store, g.slot, "grant")))
        guard raw.count == DataKey.idLength + 32 else { throw Failure.wrongPassphrase }
        return DataKey(id: Array(raw.prefix(DataKey.idLength)), raw: Array(raw.dropFirst(DataKey.idLength)))
    }

    /// A data key sealed for one slot's public key.
    static func grant(_ key: DataKey, to slot: KeyLine.Slot, op: OpID, clock: HLC, store: String) -> KeyLine {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let recipient = try! Curve25519.KeyAgreement.PublicKey(rawRepresentation: slot.publicKey)
        let shared = try! ephemeral.sharedSecretFromKeyAgreement(with: recipient)
        let epk = Array(ephemeral.publicKey.rawRepresentation)
        let wrapKey = grantKey(shared, ephemeral: epk, recipient: slot.publicKey, store: store)
        let box = try! ChaChaPoly.seal(key.id + key.raw, using: wrapKey, authenticating: slotData(store, slot.id, "grant"))
        return .grant(KeyLine.Grant(slot: slot.id, op: op, clock: clock, ephemeralKey: epk, wrapped: Array(box.combined)))
    }

    /// A new slot for a passphrase: a fresh key pair, its private half sealed by the passphrase.
    static func newSlot(id: String, secret: String, meta: SlotMeta, recovery: Bool, kdf: KDFParameters, keyring: Keyring,
                        op: OpID, clock: HLC, store: String,
                        pair: Curve25519.KeyAgreement.PrivateKey = .init()) throws -> KeyLine.Slot {
        let salt = Random.bytes(16)
        let sealedPrivate = try ChaChaPoly.seal(pair.rawRepresentation, using: try kek(secret, salt: salt, kdf),
                                                authenticating: slotData(store, id, "slot")).combined
        return KeyLine.Slot(id: id, op: op, clock: clock, publicKey: Array(pair.publicKey.rawRepresentation), kdf: kdf, salt: salt,
                            sealedPrivateKey: Array(sealedPrivate), sealedMeta: meta.sealed(keyring.current, store: store, slot: id),
                            recovery: recovery)
    }

    /// Who a slot belongs to, readable only with a data key.
    func meta(_ slot: KeyLine.Slot, keyring: Keyring, store: String) -> SlotMeta? {
        SlotMeta.open(slot.sealedMeta, keyring: keyring, store: store, slot: slot.id)
    }
}

/// A slot's name, who added it and when: sealed, since a name is personal data.
public struct SlotMeta: Equatable, Sendable {
    public var name: String
    public var addedBy: String
    public var added: String

    func sealed(_ key: DataKey, store: String, slot: String) -> [UInt8] {
        var w = JSONWriter()
        w.object([("name", .string(name)), ("by", .string(addedBy)), ("added", .string(added))])
        let box = try! ChaChaPoly.seal(w.bytes, using: key.symmetric, authenticating: KeySlots.slotData(store, slot, "meta"))
        return key.id + Array(box.combined)
    }

    static func open(_ bytes: [UInt8], keyring: Keyring, store: String, slot: String) -> SlotMeta? {
        guard bytes.count > DataKey.idLength, let key = keyring.key(id: bytes.prefix(DataKey.idLength)),
              let box = try? ChaChaPoly.SealedBox(combined: bytes.dropFirst(DataKey.idLength)),
              let plain = try? ChaChaPoly.open(box, using: key.symmetric, authenticating: KeySlots.slotData(store, slot, "meta")),
              let o = (try? JSONParser.parse(String(decoding: plain, as: UTF8.self)))?.object else { return nil }
        return SlotMeta(name: o["name"]?.string ?? "", addedBy: o["by"]?.string ?? "", added: o["added"]?.string ?? "")
    }
}

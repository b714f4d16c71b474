import Foundation
import NaboCore

/// The journal lines that carry keys: the one kind of line whose parts stay readable before
/// unlocking, because unlocking needs them. They travel by sync like every line and fold to
/// nothing in the records.
///
/// - A slot: `{"v":2,"op":…,"t":…,"slot":ID,"pub":B64,"kdf":[LOG2N,R,P],"salt":B64,"priv":B64,"meta":B64}`,
///   a worker's (or the recovery key's) X25519 key pair: the public key in clear, the private key
///   sealed by a key derived from the passphrase, and the worker's name sealed by the data key.
/// - A removed slot: `{"v":2,"op":…,"t":…,"slot":ID,"removed":true}`; it stays removed.
/// - A grant: `{"v":2,"op":…,"t":…,"grant":SLOT,"epk":B64,"wrap":B64}`, one data key sealed for one
///   slot's public key (an ephemeral X25519 agreement), so a rotation can give a new key to every
///   remaining worker without knowing their passphrases.
enum KeyLine: Equatable {
    case slot(Slot)
    case removed(id: String, op: OpID, clock: HLC)
    case grant(Grant)

    struct Slot: Equatable {
        var id: String
        var op: OpID
        var clock: HLC
        var publicKey: [UInt8]
        var kdf: KDFParameters
        var salt: [UInt8]
        var sealedPrivateKey: [UInt8]
        var sealedMeta: [UInt8]
        var recovery: Bool
    }

    struct Grant: Equatable {
        var slot: String
        var op: OpID
        var clock: HLC
        var ephemeralKey: [UInt8]
        var wrapped: [UInt8]
    }

    var op: OpID {
        switch self {
        case .slot(let s): s.op
        case .removed(_, let op, _): op
        case .grant(let g): g.op
        }
    }

    var clock: HLC {
        switch self {
        case .slot(let s): s.clock
        case .removed(_, _, let clock): clock
        case .grant(let g): g.clock
        }
    }

    /// The line as written: keys in a fixed order, so every laptop writes the same bytes.
    var bytes: [UInt8] {
        var w = JSONWriter(reservingCapacity: 400)
        w.raw("{\"v\":2,\"op\":")
        w.string(op.description)
        w.raw(",\"t\":")
        w.int(clock.raw)
        switch self {
        case .slot(let s):
            w.raw(",\"slot\":"); w.string(s.id)
            w.raw(",\"pub\":"); w.string(b64(s.publicKey))
            w.raw(",\"kdf\":"); w.value(.array([.int(s.kdf.logN), .int(s.kdf.r), .int(s.kdf.p)]))
            w.raw(",\"salt\":"); w.string(b64(s.salt))
            w.raw(",\"priv\":"); w.string(b64(s.sealedPrivateKey))
            w.raw(",\"meta\":"); w.string(b64(s.sealedMeta))
            if s.recovery { w.raw(",\"recovery\":true") }
        case .removed(let id, _, _):
            w.raw(",\"slot\":"); w.string(id)
            w.raw(",\"removed\":true")
        case .grant(let g):
            w.raw(",\"grant\":"); w.string(g.slot)
            w.raw(",\"epk\":"); w.string(b64(g.ephemeralKey))
            w.raw(",\"wrap\":"); w.string(b64(g.wrapped))
        }
        w.raw("}\n")
        return w.bytes
    }

    private func b64(_ b: [UInt8]) -> String { Data(b).base64EncodedString() }

    /// Reads a key line; nil for any other line (or a damaged key line, which then folds to nothing).
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> KeyLine? {
        guard line.starts(with: LineSeal.prefix), line.count < 4096,
              let v = try? JSONParser.parse(String(decoding: line, as: UTF8.self)), let o = v.object,
              let op = o["op"]?.string.flatMap(OpID.init), let t = o["t"], let clock = clockValue(t) else { return nil }
        func bytes(_ k: String) -> [UInt8]? { o[k]?.string.flatMap { Data(base64Encoded: $0) }.map(Array.init) }
        if let id = o["slot"]?.string, id.count <= 64 {
            if o["removed"]?.bool == true { return .removed(id: id, op: op, clock: clock) }
            guard let pub = bytes("pub"), pub.count == 32, let salt = bytes("salt"), let priv = bytes("priv"), let meta = bytes("meta"),
                  let kdf = o["kdf"]?.array, kdf.count == 3, let logN = kdf[0].int, let r = kdf[1].int, let p = kdf[2].int,
                  let params = KDFParameters(logN: logN, r: r, p: p) else { return nil }
            return .slot(Slot(id: id, op: op, clock: clock, publicKey: pub, kdf: params, salt: salt, sealedPrivateKey: priv,
                              sealedMeta: meta, recovery: o["recovery"]?.bool == true))
        }
        if let slot = o["grant"]?.string, slot.count <= 64, let epk = bytes("epk"), epk.count == 32, let wrap = bytes("wrap") {
            return .grant(Grant(slot: slot, op: op, clock: clock, ephemeralKey: epk, wrapped: wrap))
        }
        return nil
    }

    private static func clockValue(_ v: JSONValue) -> HLC? {
        switch v {
        case .int(let i) where i >= 0: HLC(raw: UInt64(i))
        case .double(let d) where d >= 0 && d < 1.8e19: HLC(raw: UInt64(d))
        default: nil
        }
    }
}

/// scrypt's cost, kept in each slot so it can be raised later without breaking older slots.
public struct KDFParameters: Equatable, Sendable {
    public var logN: Int
    public var r: Int
    public var p: Int

    /// About 0.35 s and 128 MB on the two-core machine here: memory-hard enough to slow guessing.
    public static let standard = KDFParameters(logN: 17, r: 8, p: 1)!
    /// For tests only, where hundreds of stores are made.
    public static let fastForTests = KDFParameters(logN: 10, r: 8, p: 1)!

    /// Bounded, because a slot may come from a hostile sync folder: a huge cost would hang unlocking.
    public init?(logN: Int, r: Int, p: Int) {
        guard (10...20).contains(logN), (1...16).contains(r), (1...4).contains(p) else { return nil }
        self.logN = logN
        self.r = r
        self.p = p
    }
}

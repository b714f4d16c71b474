import Crypto
import Foundation
import NaboCore

/// A journal line sealed with a data key: `{"v":2,"op":"DEVICE:SEQ","t":HLC,"enc":"BASE64"}`. Only
/// what sync needs stays readable (format, operation id, ordering clock); the sealed part is the
/// whole plain line, with the id, the clock and the store bound as associated data, so a sealed line
/// cannot be altered, moved to another id or replayed into another store unnoticed.
/// BASE64 holds the key's id (8 bytes), ChaCha20-Poly1305's random nonce (12), the ciphertext and tag.
enum LineSeal {
    static let format = 2

    static func seal(_ plain: [UInt8], id: OpID, clock: HLC, store: String, key: DataKey) -> [UInt8] {
        let box = try! ChaChaPoly.seal(plain, using: key.symmetric, authenticating: associatedData(store, id, clock))
        var w = JSONWriter(reservingCapacity: plain.count * 4 / 3 + 96)
        w.raw("{\"v\":2,\"op\":")
        w.string(id.description)
        w.raw(",\"t\":")
        w.int(clock.raw)
        w.raw(",\"enc\":\"")
        w.raw(base64: key.id + Array(box.combined))
        w.raw("\"}\n")
        return w.bytes
    }

    static func associatedData(_ store: String, _ id: OpID, _ clock: HLC) -> [UInt8] {
        Array("nabo-line\u{0}\(store)\u{0}\(id.description)\u{0}\(clock.raw)".utf8)
    }

    /// The readable part of a sealed line.
    struct Outer {
        var id: OpID
        var clock: HLC
        var sealed: [UInt8]
    }

    /// Reads the readable part if the line is a sealed one (nil for a plain line or a key line).
    static func outer(_ line: UnsafeBufferPointer<UInt8>) -> Outer? {
        guard line.count > 12, line.starts(with: Self.prefix) else { return nil }
        var p = JSONParser(line)
        var id: OpID?
        var clock: HLC?
        var sealed: [UInt8]?
        do throws(JSONParser.Failure) {
            try p.expect(UInt8(ascii: "{"))
            repeat {
                let k = Array(try p.key())
                try p.expect(UInt8(ascii: ":"))
                switch k {
                case Array("op".utf8): id = OpID(utf8: try p.key())
                case Array("t".utf8): clock = HLC(raw: try p.unsigned())
                case Array("enc".utf8): sealed = Data(base64Encoded: try p.string()).map(Array.init)
                default: try p.skipValue()
                }
            } while p.consume(UInt8(ascii: ","))
            try p.expect(UInt8(ascii: "}"))
        } catch { return nil }
        guard let id, let clock, let sealed else { return nil }
        return Outer(id: id, clock: clock, sealed: sealed)
    }

    static let prefix = Array("{\"v\":2,".utf8)

    enum Failure: Error { case noKey, tampered }

    /// The plain line inside a sealed one: the key it names must be held, and the seal must hold
    /// for this id, clock and store.
    static func open(_ outer: Outer, keyring: Keyring, store: String) throws(Failure) -> [UInt8] {
        guard outer.sealed.count > DataKey.idLength + 28 else { throw .tampered }
        guard let key = keyring.key(id: outer.sealed.prefix(DataKey.idLength)) else { throw .noKey }
        do {
            let box = try ChaChaPoly.SealedBox(combined: outer.sealed.dropFirst(DataKey.idLength))
            return Array(try ChaChaPoly.open(box, using: key.symmetric, authenticating: associatedData(store, outer.id, outer.clock)))
        } catch {
            throw .tampered
        }
    }
}

extension JSONWriter {
    /// Base64 text of bytes, written without building a String.
    mutating func raw(base64 bytes: [UInt8]) {
        for b in Data(bytes).base64EncodedData() { byte(b) }
    }
}

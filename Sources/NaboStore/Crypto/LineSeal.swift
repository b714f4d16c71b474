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

    /// The readable part of a sealed line, pointing into the line.
    struct Outer {
        var id: OpID
        var clock: HLC
        /// The id and the clock as the line writes them: canonical (no leading zeros), so they are
        /// the very text `associatedData` was made of.
        var idText: UnsafeBufferPointer<UInt8>
        var clockText: UnsafeBufferPointer<UInt8>
        /// The base64 text.
        var sealed: UnsafeBufferPointer<UInt8>
    }

    /// Reads the readable part if the line is a sealed one (nil for a plain line or a key line).
    /// Only the exact form `seal` writes is a sealed line, so it is read by position, not parsed as
    /// JSON: this runs for every line of an encrypted store's cold load.
    static func outer(_ line: UnsafeBufferPointer<UInt8>) -> Outer? {
        guard line.count > 40, line.starts(with: head), line[line.count - 2] == UInt8(ascii: "\""), line[line.count - 1] == UInt8(ascii: "}")
        else { return nil }
        var pos = head.count
        let idStart = pos
        while pos < line.count, line[pos] != UInt8(ascii: "\"") { pos += 1 }
        let idText = UnsafeBufferPointer(rebasing: line[idStart..<pos])
        guard let id = OpID(utf8: idText), line[pos...].starts(with: afterID) else { return nil }
        pos += afterID.count
        let clockStart = pos
        var raw: UInt64 = 0
        while pos < line.count, case let d = line[pos] &- 48, d < 10 {
            let (m, o1) = raw.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(UInt64(d))
            guard !o1, !o2 else { return nil }
            raw = s
            pos += 1
        }
        guard pos > clockStart, pos == clockStart + 1 || line[clockStart] != UInt8(ascii: "0"), line[pos...].starts(with: afterClock)
        else { return nil }
        return Outer(id: id, clock: HLC(raw: raw), idText: idText,
                     clockText: UnsafeBufferPointer(rebasing: line[clockStart..<pos]),
                     sealed: UnsafeBufferPointer(rebasing: line[(pos + afterClock.count)..<(line.count - 2)]))
    }

    static let prefix = Array("{\"v\":2,".utf8)
    private static let head = Array("{\"v\":2,\"op\":\"".utf8)
    private static let afterID = Array("\",\"t\":".utf8)
    private static let afterClock = Array(",\"enc\":\"".utf8)

    enum Failure: Error { case noKey, tampered }
}

/// Opens sealed lines with a store's keys, reading the line where it stands: the base64 straight
/// from its bytes (not through a String) and the associated data built in a buffer kept from line
/// to line. One opener per thread.
struct LineOpener {
    let keyring: Keyring
    private let aadHead: [UInt8]
    private var aad: [UInt8] = []

    init(keyring: Keyring, store: String) {
        self.keyring = keyring
        aadHead = Array("nabo-line\u{0}\(store)\u{0}".utf8)
    }

    /// The plain line inside a sealed one, handed to `body`: the key it names must be held, and the
    /// seal must hold for this id, clock and store.
    mutating func open<R>(_ outer: LineSeal.Outer, _ body: (UnsafeRawBufferPointer) -> R) throws(LineSeal.Failure) -> R {
        guard let start = outer.sealed.baseAddress else { throw .tampered }
        let text = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: start), count: outer.sealed.count, deallocator: .none)
        guard let box = Data(base64Encoded: text), box.count > DataKey.idLength + 28 else { throw .tampered }
        guard let key = keyring.key(id: box.prefix(DataKey.idLength)) else { throw .noKey }
        aad.removeAll(keepingCapacity: true)
        aad += aadHead
        aad += outer.idText
        aad.append(0)
        aad += outer.clockText
        do {
            let sealed = try ChaChaPoly.SealedBox(combined: box.dropFirst(DataKey.idLength))
            return try ChaChaPoly.open(sealed, using: key.symmetric, authenticating: aad).withUnsafeBytes(body)
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

import Crypto
import Foundation

/// Whole files sealed with the current data key: the snapshot and set-aside bytes. Sealed in
/// chunks of 4 MiB, each authenticated on its own with its place and the chunk count bound, so a
/// chunk cannot be moved, dropped or swapped with another file's.
/// `NABOSEAL` · key id · u32 chunk count · per chunk: u32 length · ChaCha20-Poly1305 box.
enum FileSeal {
    static let magic = Array("NABOSEAL".utf8)
    static let chunk = 4 << 20

    static func seal(_ plain: [UInt8], key: DataKey, store: String, purpose: String) -> [UInt8] {
        let count = max(1, (plain.count + chunk - 1) / chunk)
        var out = magic + key.id
        out.reserveCapacity(plain.count + count * 32 + 32)
        append(UInt32(count), to: &out)
        for i in 0..<count {
            let part = plain[min(plain.count, i * chunk)..<min(plain.count, (i + 1) * chunk)]
            let box = try! ChaChaPoly.seal(part, using: key.symmetric, authenticating: aad(store, purpose, i, count)).combined
            append(UInt32(box.count), to: &out)
            out += box
        }
        return out
    }

    /// The plain bytes, or nil if the file is not sealed by a key held or any chunk fails.
    static func open(_ sealed: [UInt8], keyring: Keyring, store: String, purpose: String) -> [UInt8]? {
        guard sealed.starts(with: magic), sealed.count >= magic.count + DataKey.idLength + 4,
              let key = keyring.key(id: sealed[magic.count..<(magic.count + DataKey.idLength)]) else { return nil }
        var pos = magic.count + DataKey.idLength
        guard let count = read(sealed, &pos) else { return nil }
        var plain: [UInt8] = []
        for i in 0..<Int(count) {
            guard let n = read(sealed, &pos), pos + Int(n) <= sealed.count,
                  let box = try? ChaChaPoly.SealedBox(combined: sealed[pos..<(pos + Int(n))]),
                  let part = try? ChaChaPoly.open(box, using: key.symmetric, authenticating: aad(store, purpose, i, Int(count))) else { return nil }
            plain += part
            pos += Int(n)
        }
        return pos == sealed.count ? plain : nil
    }

    static func aad(_ store: String, _ purpose: String, _ i: Int, _ count: Int) -> [UInt8] {
        Array("nabo-\(purpose)\u{0}\(store)\u{0}\(i)\u{0}\(count)".utf8)
    }

    private static func append(_ v: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out += $0 }
    }

    private static func read(_ b: [UInt8], _ pos: inout Int) -> UInt32? {
        guard pos + 4 <= b.count else { return nil }
        defer { pos += 4 }
        return UInt32(b[pos]) | UInt32(b[pos + 1]) << 8 | UInt32(b[pos + 2]) << 16 | UInt32(b[pos + 3]) << 24
    }
}

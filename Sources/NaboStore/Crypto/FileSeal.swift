import Crypto
import Foundation
import NaboCore

/// Whole files sealed with the current data key: the snapshot and set-aside bytes. Sealed in
/// chunks of 4 MiB, each authenticated on its own with its place and the chunk count bound, so a
/// chunk cannot be moved, dropped or swapped with another file's.
/// `NABOSEA2` · key id · u32 chunk count · per chunk: u32 length · AES-256-GCM box. AES-GCM rather
/// than the lines' ChaCha20-Poly1305 because whole files are long and the processors here have AES
/// instructions: 200 MB opens in 0.03 s against 0.11 s (DECISIONS.md).
enum FileSeal {
    static let magic = Array("NABOSEA2".utf8)
    static let chunk = 4 << 20

    static func seal(_ plain: [UInt8], key: DataKey, store: String, purpose: String) -> [UInt8] {
        let count = max(1, (plain.count + chunk - 1) / chunk)
        var out = magic + key.id
        out.reserveCapacity(plain.count + count * 32 + 32)
        append(UInt32(count), to: &out)
        for i in 0..<count {
            let part = plain[min(plain.count, i * chunk)..<min(plain.count, (i + 1) * chunk)]
            let box = try! AES.GCM.seal(part, using: key.symmetric, authenticating: aad(store, purpose, i, count)).combined!
            append(UInt32(box.count), to: &out)
            out += box
        }
        return out
    }

    /// The plain bytes, in memory of their own, opened chunk by chunk: a chunk when a range in it is
    /// first asked for (`SnapshotSource.ensure`), and every chunk in turn on a background thread, so
    /// start-up waits only for what it reads and the second core opens the rest. Nil if the file is
    /// not laid out as a sealed file or not sealed by a key held; a chunk that fails its check makes
    /// `ensure` false for it and calls `onFailure`.
    static func open(_ sealed: SnapshotSource, keyring: Keyring, store: String, purpose: String,
                     onFailure: @escaping @Sendable () -> Void = {}) -> SnapshotSource? {
        let bytes = sealed.bytes
        guard bytes.starts(with: magic), bytes.count >= magic.count + DataKey.idLength + 4,
              let key = keyring.key(id: bytes[magic.count..<(magic.count + DataKey.idLength)]) else { return nil }
        var pos = magic.count + DataKey.idLength
        guard let count = read(bytes, &pos), count > 0 else { return nil }
        var boxes: [Range<Int>] = []
        var plainCount = 0
        for i in 0..<Int(count) {
            guard let n = read(bytes, &pos), Int(n) >= overhead, pos + Int(n) <= bytes.count,
                  // Every chunk but the last is whole, so a chunk's place follows from its number.
                  i == Int(count) - 1 || Int(n) - overhead == chunk else { return nil }
            boxes.append(pos..<(pos + Int(n)))
            plainCount += Int(n) - overhead
            pos += Int(n)
        }
        guard pos == bytes.count, let (plain, release) = Files.anonymousMemory(max(1, plainCount)) else { return nil }
        let chunks = SealedChunks(sealed: sealed, boxes: boxes, plain: plain, release: release, key: key,
                                  aad: { aad(store, purpose, $0, boxes.count) }, onFailure: onFailure)
        IdleThread.start { chunks.openAll() }
        return SnapshotSource(bytes: UnsafeRawBufferPointer(rebasing: plain[..<plainCount]), chunks: chunks, release: {})
    }

    /// A box's nonce and tag.
    static let overhead = 12 + 16

    static func aad(_ store: String, _ purpose: String, _ i: Int, _ count: Int) -> [UInt8] {
        Array("nabo-\(purpose)\u{0}\(store)\u{0}\(i)\u{0}\(count)".utf8)
    }

    private static func append(_ v: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out += $0 }
    }

    static func read(_ b: UnsafeRawBufferPointer, _ pos: inout Int) -> UInt32? {
        guard pos + 4 <= b.count else { return nil }
        defer { pos += 4 }
        return UInt32(b[pos]) | UInt32(b[pos + 1]) << 8 | UInt32(b[pos + 2]) << 16 | UInt32(b[pos + 3]) << 24
    }
}

extension FileSeal {
    /// A small sealed file opened whole at once (a draft); nil if it is not sealed by a key held or
    /// any chunk fails its check.
    static func openWhole(_ bytes: [UInt8], keyring: Keyring, store: String, purpose: String) -> [UInt8]? {
        guard bytes.starts(with: magic), bytes.count >= magic.count + DataKey.idLength + 4,
              let key = keyring.key(id: bytes[magic.count..<(magic.count + DataKey.idLength)]) else { return nil }
        return bytes.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> [UInt8]? in
            var pos = magic.count + DataKey.idLength
            guard let count = read(b, &pos), count > 0 else { return nil }
            var plain: [UInt8] = []
            for i in 0..<Int(count) {
                guard let n = read(b, &pos), Int(n) >= overhead, pos + Int(n) <= b.count,
                      let box = try? AES.GCM.SealedBox(combined: b[pos..<(pos + Int(n))]),
                      let part = try? AES.GCM.open(box, using: key.symmetric, authenticating: aad(store, purpose, i, Int(count))) else { return nil }
                plain += part
                pos += Int(n)
            }
            return pos == b.count ? plain : nil
        }
    }
}

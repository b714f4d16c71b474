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

    /// The plain bytes, in memory of their own, or nil if the file is not sealed by a key held or
    /// any chunk fails. The chunks are opened on every core at once, each straight from `sealed`
    /// into its place: one copy of the plain bytes is made, not several.
    static func open(_ sealed: UnsafeRawBufferPointer, keyring: Keyring, store: String, purpose: String) -> SnapshotSource? {
        guard sealed.starts(with: magic), sealed.count >= magic.count + DataKey.idLength + 4,
              let key = keyring.key(id: sealed[magic.count..<(magic.count + DataKey.idLength)]) else { return nil }
        var pos = magic.count + DataKey.idLength
        guard let count = read(sealed, &pos), count > 0 else { return nil }
        // Where each chunk's box is in the file and where its plain bytes go.
        var walked: [(box: Range<Int>, place: Int)] = []
        var plainCount = 0
        for _ in 0..<Int(count) {
            guard let n = read(sealed, &pos), Int(n) >= overhead, pos + Int(n) <= sealed.count else { return nil }
            walked.append((pos..<(pos + Int(n)), plainCount))
            plainCount += Int(n) - overhead
            pos += Int(n)
        }
        guard pos == sealed.count else { return nil }
        guard let (plain, release) = Files.anonymousMemory(max(1, plainCount)) else { return nil }
        let chunks = walked
        let failed = UnsafeMutableBufferPointer<Bool>.allocate(capacity: chunks.count)
        failed.initialize(repeating: true)
        defer { failed.deallocate() }
        // Each iteration writes only its own chunk's bytes and flag.
        nonisolated(unsafe) let (into, base, failedFlags) = (plain, sealed.baseAddress!, failed)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { i in
            let box = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base + chunks[i].box.lowerBound), count: chunks[i].box.count, deallocator: .none)
            guard let sealedBox = try? AES.GCM.SealedBox(combined: box),
                  let part = try? AES.GCM.open(sealedBox, using: key.symmetric, authenticating: aad(store, purpose, i, chunks.count)),
                  part.count == chunks[i].box.count - overhead else { return }
            part.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: into[chunks[i].place...]).copyMemory(from: $0) }
            failedFlags[i] = false
        }
        guard !failed.contains(true) else {
            release()
            return nil
        }
        return SnapshotSource(bytes: UnsafeRawBufferPointer(rebasing: plain[..<plainCount]), release: release)
    }

    /// A box's nonce and tag.
    private static let overhead = 12 + 16

    static func aad(_ store: String, _ purpose: String, _ i: Int, _ count: Int) -> [UInt8] {
        Array("nabo-\(purpose)\u{0}\(store)\u{0}\(i)\u{0}\(count)".utf8)
    }

    private static func append(_ v: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out += $0 }
    }

    private static func read(_ b: UnsafeRawBufferPointer, _ pos: inout Int) -> UInt32? {
        guard pos + 4 <= b.count else { return nil }
        defer { pos += 4 }
        return UInt32(b[pos]) | UInt32(b[pos + 1]) << 8 | UInt32(b[pos + 2]) << 16 | UInt32(b[pos + 3]) << 24
    }
}

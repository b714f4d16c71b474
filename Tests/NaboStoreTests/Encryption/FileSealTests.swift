import Foundation
import Testing
import NaboCore
@testable import NaboStore

/// A sealed file is opened chunk by chunk, each on its own authenticated with its place: a change
/// in any one chunk, or chunks put in another order, opens nothing.
@Suite struct FileSealTests {
    let key = DataKey.generate()
    /// Three chunks: two whole ones and a short last one.
    let plain = (0..<(2 * FileSeal.chunk + 1000)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }

    /// Opened as a snapshot is, then every byte asked for.
    func open(_ sealed: [UInt8], keyring: Keyring? = nil) -> [UInt8]? {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: sealed.count, alignment: 16)
        copy.copyBytes(from: sealed)
        let source = SnapshotSource(bytes: UnsafeRawBufferPointer(copy)) { copy.deallocate() }
        guard let opened = FileSeal.open(source, keyring: keyring ?? Keyring([key]), store: "s", purpose: "snapshot"),
              opened.ensure(0..<opened.bytes.count) else { return nil }
        return Array(opened.bytes)
    }

    /// Where chunk `i`'s box starts (after its length).
    func boxStart(_ sealed: [UInt8], _ i: Int) -> Int {
        var pos = FileSeal.magic.count + DataKey.idLength + 4
        for _ in 0..<i { pos += 4 + Int(sealed[pos]) | Int(sealed[pos + 1]) << 8 | Int(sealed[pos + 2]) << 16 | Int(sealed[pos + 3]) << 24 }
        return pos + 4
    }

    @Test func opensWhatWasSealed() {
        let sealed = FileSeal.seal(plain, key: key, store: "s", purpose: "snapshot")
        #expect(open(sealed) == plain)
        #expect(open(FileSeal.seal([1, 2, 3], key: key, store: "s", purpose: "snapshot")) == [1, 2, 3])
    }

    @Test func aFlippedByteInOneChunkOpensNothing() {
        var sealed = FileSeal.seal(plain, key: key, store: "s", purpose: "snapshot")
        sealed[boxStart(sealed, 1) + 5000] ^= 0x01
        #expect(open(sealed) == nil)
    }

    @Test func chunksSwappedOpenNothing() {
        let sealed = FileSeal.seal(plain, key: key, store: "s", purpose: "snapshot")
        let first = boxStart(sealed, 0), second = boxStart(sealed, 1)
        let length = second - first
        var swapped = sealed
        swapped.replaceSubrange(first..<second, with: sealed[second..<(second + length)])
        swapped.replaceSubrange(second..<(second + length), with: sealed[first..<second])
        #expect(open(swapped) == nil)
    }

    @Test func aDroppedChunkAnotherStoreOrAnotherKeyOpensNothing() {
        let sealed = FileSeal.seal(plain, key: key, store: "s", purpose: "snapshot")
        #expect(open(Array(sealed[..<boxStart(sealed, 2)].dropLast(4))) == nil)
        #expect(open(FileSeal.seal(plain, key: key, store: "other", purpose: "snapshot")) == nil)
        #expect(open(sealed, keyring: Keyring([DataKey.generate()])) == nil)
    }

    @Test func aDamagedLaterChunkLeavesTheFirstReadableAndIsFoundByTheWait() {
        var sealed = FileSeal.seal(plain, key: key, store: "s", purpose: "snapshot")
        sealed[boxStart(sealed, 2) + 10] ^= 0x01
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: sealed.count, alignment: 16)
        copy.copyBytes(from: sealed)
        let failures = Failures()
        let source = SnapshotSource(bytes: UnsafeRawBufferPointer(copy)) { copy.deallocate() }
        guard let opened = FileSeal.open(source, keyring: Keyring([key]), store: "s", purpose: "snapshot", onFailure: { failures.count() }) else {
            Issue.record("the layout is sound, so it opens")
            return
        }
        #expect(opened.ensure(0..<FileSeal.chunk))
        #expect(Array(opened.bytes[0..<100]) == Array(plain[0..<100]))
        #expect(!opened.ensure((2 * FileSeal.chunk)..<(2 * FileSeal.chunk + 10)))
        #expect(!opened.waitUntilOpen())
        #expect(failures.value > 0)
    }
}

/// Counts calls from any thread.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func count() { lock.lock(); n += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return n }
}

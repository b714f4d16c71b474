import Foundation
import NaboCore
@testable import NaboStore
import Synchronization
import Testing

/// A plain snapshot is checked 8 MB at a time as it is read: what start-up reads is checked before
/// it is decoded, and damage elsewhere is found by the check of the rest, which commands wait for.
struct CheckedPiecesTests {
    /// A 20 MB "snapshot" whose records start after a 100-byte head: three pieces.
    static let head = 100
    static let bytes: [UInt8] = (0..<(head + 20 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }

    func open(_ bytes: [UInt8], failures: FailedPieces) -> SnapshotSource? {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
        buffer.copyMemory(from: UnsafeRawBufferPointer(start: bytes, count: bytes.count))
        let memory = SnapshotSource(bytes: UnsafeRawBufferPointer(buffer), release: { buffer.deallocate() })
        // The records written as a snapshot's are: in two parts, the first ending inside a piece.
        let records = Array(Self.bytes[Self.head...])
        let sums = SnapshotChecksum.pieces([Array(records[..<(9 << 20)]), Array(records[(9 << 20)...])])
        return CheckedPieces(memory, records: Self.head..<Self.bytes.count, sums: sums, onFailure: { failures.count.add(1, ordering: .relaxed) })?.source()
    }

    /// Parts split anywhere, even inside a piece or empty, give each piece's fingerprint as if read whole.
    @Test func theFingerprintsOfPartsAreThoseOfThePiecesWhole() {
        let records = Array(Self.bytes[Self.head...])
        let whole = stride(from: 0, to: records.count, by: SnapshotChecksum.piece).map { start in
            records.withUnsafeBytes { SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[start..<min(records.count, start + SnapshotChecksum.piece)])) }
        }
        #expect(whole.count == 3)
        for cuts in [[], [1], [8 << 20], [100, 8 << 20 + 5, 8 << 20 + 5, 17 << 20], [records.count]] {
            let bounds = [0] + cuts + [records.count]
            let parts = zip(bounds, bounds.dropFirst()).map { Array(records[$0..<$1]) }
            #expect(SnapshotChecksum.pieces(parts) == whole, "cut at \(cuts)")
        }
    }

    @Test func anUndamagedSnapshotPassesEveryCheck() throws {
        let failures = FailedPieces()
        let source = try #require(open(Self.bytes, failures: failures))
        #expect(source.ensure(0..<Self.bytes.count))
        #expect(source.waitUntilOpen())
        #expect(failures.count.load(ordering: .relaxed) == 0)
    }

    @Test func damageIsFoundInThePieceThatHoldsItAndByTheWholeCheck() throws {
        var damaged = Self.bytes
        damaged[Self.head + 17 << 20] ^= 1
        let failures = FailedPieces()
        let source = try #require(open(damaged, failures: failures))
        // The head is not a piece; the first piece is sound.
        #expect(source.ensure(0..<(Self.head + 1000)))
        #expect(!source.ensure((Self.head + 16 << 20)..<(Self.head + 16 << 20 + 10)))
        #expect(!source.waitUntilOpen())
        #expect(failures.count.load(ordering: .relaxed) == 1)
        #expect(source.ensure((Self.head + 8 << 20)..<(Self.head + 9 << 20)))
    }

    @Test func fingerprintsThatDoNotCoverTheRecordsAreRefused() {
        Self.bytes.withUnsafeBytes { bytes in
            let memory = SnapshotSource(bytes: bytes, release: {})
            #expect(CheckedPieces(memory, records: Self.head..<Self.bytes.count, sums: [1, 2], onFailure: {}) == nil)
            #expect(CheckedPieces(memory, records: Self.head..<(Self.bytes.count + 1), sums: [1, 2, 3], onFailure: {}) == nil)
        }
    }
}

final class FailedPieces: Sendable {
    let count = Atomic<Int>(0)
}

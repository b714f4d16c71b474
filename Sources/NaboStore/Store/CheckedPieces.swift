import Foundation
import NaboCore

/// A plain snapshot's records checked against the fingerprints in its header, 8 MB at a time: each
/// piece when first read, by whichever thread reads it, and the rest on an idle thread. Start-up
/// then checks only what it reads (a few MB of a 2 GB snapshot) and never decodes a byte unchecked,
/// as a sealed snapshot's chunks are authenticated as they are opened (`SealedChunks`).
final class CheckedPieces: SnapshotChunks, @unchecked Sendable {
    private let mapped: SnapshotSource
    /// Where the records begin and end in the file; the head before them and the fingerprints
    /// after are read bounds-checked.
    private let start: Int
    private let end: Int
    private let sums: [UInt64]
    private let onFailure: @Sendable () -> Void
    private let gate: PieceGate

    /// Nil when the fingerprints do not cover the records exactly (a damaged header or trailer).
    init?(_ mapped: SnapshotSource, records: Range<Int>, sums: [UInt64], onFailure: @escaping @Sendable () -> Void) {
        let count = records.count
        guard records.upperBound <= mapped.bytes.count, sums.count == (count + SnapshotChecksum.piece - 1) / SnapshotChecksum.piece else { return nil }
        self.mapped = mapped
        self.start = records.lowerBound
        end = records.upperBound
        self.sums = sums
        self.onFailure = onFailure
        gate = PieceGate(count: sums.count)
    }

    /// The snapshot's bytes as the core reads them, checked as they are first read; the rest is
    /// checked in spare time, and each piece checked there is given back to the system.
    func source() -> SnapshotSource {
        IdleThread.start { [self] in gate.finishAll { check($0, giveBack: true) } }
        return SnapshotSource(bytes: mapped.bytes, chunks: self, forget: { [mapped] in mapped.forgetPages($0) }, release: {})
    }

    func ensure(_ range: Range<Int>) -> Bool {
        let lower = max(range.lowerBound, start)
        guard lower < range.upperBound else { return true }
        let upper = min(range.upperBound, end)
        guard range.upperBound <= mapped.bytes.count else { return false }
        guard lower < upper else { return true }
        let first = (lower - start) / SnapshotChecksum.piece, last = (upper - 1 - start) / SnapshotChecksum.piece
        return gate.ensure(first, last) { check($0, giveBack: false) }
    }

    func waitUntilOpen() -> Bool {
        gate.waitUntilDone()
    }

    /// Checks piece `i` (once: `PieceGate`); whether its bytes can be read. Pieces checked only
    /// to be sure of them are given back, so a command holds what it reads and no more.
    private func check(_ i: Int, giveBack: Bool) -> Bool {
        let range = (start + i * SnapshotChecksum.piece)..<min(end, start + (i + 1) * SnapshotChecksum.piece)
        guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: mapped.bytes[range])) == sums[i] else {
            onFailure()
            return false
        }
        if giveBack { mapped.forgetPages(range) }
        return true
    }
}

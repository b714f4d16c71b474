import Crypto
import Foundation
import NaboCore

/// The chunks of a sealed snapshot being opened into `plain`: each at most once, by whichever
/// thread needs it first, the reader for what it reads and the background for the rest
/// (`PieceGate`). The memory lives as long as this object, which both threads hold.
final class SealedChunks: SnapshotChunks, @unchecked Sendable {
    private let sealed: SnapshotSource
    private let boxes: [Range<Int>]
    private let plain: UnsafeMutableRawBufferPointer
    private let release: () -> Void
    private let key: DataKey
    private let aad: (Int) -> [UInt8]
    private let onFailure: @Sendable () -> Void
    private let gate: PieceGate

    init(sealed: SnapshotSource, boxes: [Range<Int>], plain: UnsafeMutableRawBufferPointer, release: @escaping () -> Void,
         key: DataKey, aad: @escaping (Int) -> [UInt8], onFailure: @escaping @Sendable () -> Void) {
        self.sealed = sealed
        self.boxes = boxes
        self.plain = plain
        self.release = release
        self.key = key
        self.aad = aad
        self.onFailure = onFailure
        gate = PieceGate(count: boxes.count)
    }

    deinit { release() }

    func ensure(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        let first = range.lowerBound / FileSeal.chunk, last = min(boxes.count - 1, (range.upperBound - 1) / FileSeal.chunk)
        return gate.ensure(first, last, open)
    }

    func openAll() {
        gate.finishAll(open)
    }

    /// Waits for the background to finish; whether every chunk opened.
    func waitUntilOpen() -> Bool {
        gate.waitUntilDone()
    }

    /// Opens chunk `i` (once: `PieceGate`); whether its bytes can be read.
    private func open(_ i: Int) -> Bool {
        let box = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: sealed.bytes.baseAddress! + boxes[i].lowerBound),
                       count: boxes[i].count, deallocator: .none)
        guard let sealedBox = try? AES.GCM.SealedBox(combined: box),
              let part = try? AES.GCM.open(sealedBox, using: key.symmetric, authenticating: aad(i)),
              part.count == boxes[i].count - FileSeal.overhead else {
            onFailure()
            return false
        }
        part.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: plain[(i * FileSeal.chunk)...]).copyMemory(from: $0) }
        // Opened once, the sealed bytes are not read again: the file's pages are given back,
        // so an opened snapshot costs its plain size in memory, not twice that.
        sealed.forgetPages(boxes[i])
        return true
    }
}

import Crypto
import Foundation
import NaboCore

/// The chunks of a sealed snapshot being opened into `plain`: each at most once, by whichever
/// thread needs it first (the reader for what it reads, the background for the rest). Each chunk has
/// its own lock, so the two threads open different chunks at the same time and wait only when they
/// want the same one. The memory lives as long as this object, which both threads hold.
final class SealedChunks: SnapshotChunks, @unchecked Sendable {
    // The state of each chunk is read and written only under its lock.
    private let sealed: SnapshotSource
    private let boxes: [Range<Int>]
    private let plain: UnsafeMutableRawBufferPointer
    private let release: () -> Void
    private let key: DataKey
    private let aad: (Int) -> [UInt8]
    private let onFailure: @Sendable () -> Void
    private let locks: [NSLock]
    /// Per chunk, guarded by its lock: 0 not opened, 1 opened, 2 failed.
    private let state: UnsafeMutableBufferPointer<UInt8>
    /// Signalled once the background has been through every chunk.
    private let allOpened = DispatchSemaphore(value: 0)

    init(sealed: SnapshotSource, boxes: [Range<Int>], plain: UnsafeMutableRawBufferPointer, release: @escaping () -> Void,
         key: DataKey, aad: @escaping (Int) -> [UInt8], onFailure: @escaping @Sendable () -> Void) {
        self.sealed = sealed
        self.boxes = boxes
        self.plain = plain
        self.release = release
        self.key = key
        self.aad = aad
        self.onFailure = onFailure
        locks = boxes.map { _ in NSLock() }
        state = .allocate(capacity: boxes.count)
        state.initialize(repeating: 0)
    }

    deinit {
        state.deallocate()
        release()
    }

    func ensure(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        let first = range.lowerBound / FileSeal.chunk, last = min(boxes.count - 1, (range.upperBound - 1) / FileSeal.chunk)
        guard first <= last else { return false }
        // Several chunks at once (the prelude, a large table) are opened on every core.
        if last > first {
            nonisolated(unsafe) let me = self
            DispatchQueue.concurrentPerform(iterations: last - first + 1) { _ = me.open(first + $0) }
        }
        return (first...last).allSatisfy(open)
    }

    /// From the end: the reader starts at the front (the prelude, then the tables start-up lists), so
    /// the two meet once, late, instead of queueing for the same chunks.
    func openAll() {
        for i in boxes.indices.reversed() { _ = open(i) }
        allOpened.signal()
    }

    /// Waits for the background to finish; whether every chunk opened.
    func waitUntilOpen() -> Bool {
        allOpened.wait()
        allOpened.signal()
        return boxes.indices.allSatisfy(open)
    }

    /// Opens chunk `i` if no one has yet; whether its bytes can be read.
    private func open(_ i: Int) -> Bool {
        locks[i].lock()
        defer { locks[i].unlock() }
        if state[i] == 0 {
            let box = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: sealed.bytes.baseAddress! + boxes[i].lowerBound),
                           count: boxes[i].count, deallocator: .none)
            if let sealedBox = try? AES.GCM.SealedBox(combined: box),
               let part = try? AES.GCM.open(sealedBox, using: key.symmetric, authenticating: aad(i)),
               part.count == boxes[i].count - FileSeal.overhead {
                part.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: plain[(i * FileSeal.chunk)...]).copyMemory(from: $0) }
                state[i] = 1
                // Opened once, the sealed bytes are not read again: the file's pages are given back,
                // so an opened snapshot costs its plain size in memory, not twice that.
                sealed.forgetPages(boxes[i])
            } else {
                state[i] = 2
                onFailure()
            }
        }
        return state[i] == 1
    }
}

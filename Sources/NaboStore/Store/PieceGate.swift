import Foundation

/// The pieces of a snapshot made readable one at a time, each at most once, by whichever thread
/// needs it first: the reader for what it reads, an idle thread for the rest. Each piece has its own
/// lock, so two threads work on different pieces at once and wait only when they want the same one.
/// What makes a piece readable (opening a sealed chunk, checking a plain piece) is the caller's.
final class PieceGate: @unchecked Sendable {
    // The state of each piece is read and written only under its lock.
    private let locks: [NSLock]
    /// Per piece, guarded by its lock: 0 not yet, 1 readable, 2 failed.
    private let state: UnsafeMutableBufferPointer<UInt8>
    /// Signalled once the idle thread has been through every piece.
    private let allDone = DispatchSemaphore(value: 0)

    init(count: Int) {
        locks = (0..<count).map { _ in NSLock() }
        state = .allocate(capacity: count)
        state.initialize(repeating: 0)
    }

    deinit { state.deallocate() }

    var count: Int { locks.count }

    /// Whether pieces `first...last` are readable, each not tried yet made so by `make`; several at
    /// once (a large table) on every core.
    func ensure(_ first: Int, _ last: Int, _ make: @Sendable (Int) -> Bool) -> Bool {
        guard first <= last else { return false }
        if last > first {
            DispatchQueue.concurrentPerform(iterations: last - first + 1) { _ = self.piece(first + $0, make) }
        }
        return (first...last).allSatisfy { piece($0, make) }
    }

    /// Every piece in turn, from the last: the reader starts at the front (the prelude, then the
    /// tables start-up lists), so the two meet once, late, instead of queueing for the same pieces.
    func finishAll(_ make: (Int) -> Bool) {
        for i in (0..<count).reversed() { _ = piece(i, make) }
        allDone.signal()
    }

    /// Waits until `finishAll` is done; whether every piece is readable.
    func waitUntilDone() -> Bool {
        allDone.wait()
        allDone.signal()
        return (0..<count).allSatisfy { i in locks[i].withLock { state[i] == 1 } }
    }

    private func piece(_ i: Int, _ make: (Int) -> Bool) -> Bool {
        locks[i].lock()
        defer { locks[i].unlock() }
        if state[i] == 0 { state[i] = make(i) ? 1 : 2 }
        return state[i] == 1
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A full disk on demand, for tests: writes to paths under a folder stop with ENOSPC once a number
/// of bytes has been written there. Keyed by folder so tests running in parallel do not meet.
public enum WriteFault {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var budgets: [String: Int] = [:]

    /// From now on at most `bytes` more bytes are written under `folder`; nil lifts the limit.
    public static func limit(_ folder: String, to bytes: Int?) {
        lock.lock()
        defer { lock.unlock() }
        budgets[folder] = bytes
    }

    /// Runs one write of at most the size it is given, or fails it as a full disk would.
    static func write(_ path: String, _ body: (Int) -> Int) -> Int {
        lock.lock()
        guard !budgets.isEmpty, let folder = budgets.keys.first(where: { path.hasPrefix($0 + "/") }) else {
            lock.unlock()
            return body(Int.max)
        }
        let left = budgets[folder]!
        guard left > 0 else {
            lock.unlock()
            errno = ENOSPC
            return -1
        }
        lock.unlock()
        let n = body(left)
        if n > 0 { lock.lock(); budgets[folder]! -= n; lock.unlock() }
        return n
    }
}

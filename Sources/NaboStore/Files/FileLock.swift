#if canImport(Glibc)
import Glibc
#endif
import Foundation
import NaboCore

/// One writer per data folder: an advisory lock held for as long as the store is open. The kernel
/// drops it when the process dies, so a crash never leaves the folder locked. A second writer
/// waits its turn for a while (a script running adds in parallel), saying once that it waits.
public final class FileLock {
    private let fd: Int32

    /// How long a second writer waits before giving up.
    static let patience: TimeInterval = 10

    private init(fd: Int32) { self.fd = fd }

    /// The lock if it is free now, else nil; never waits.
    static func attempt(_ path: String) throws(Files.Failure) -> FileLock? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Files.failure("write", path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { close(fd); return nil }
        return FileLock(fd: fd)
    }

    /// Whether some process holds the lock now.
    static func isHeld(_ path: String) -> Bool {
        guard Files.exists(path) else { return false }
        do throws(Files.Failure) { return try attempt(path) == nil } catch { return false }
    }

    init(_ path: String, waiting: () -> Void = {}) throws(Files.Failure) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Files.failure("write", path) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            let deadline = Date().addingTimeInterval(Self.patience)
            var locked = false
            while !locked, Date() < deadline {
                usleep(50_000)
                locked = flock(fd, LOCK_EX | LOCK_NB) == 0
            }
            guard locked else {
                close(fd)
                throw Files.Failure(message: Message(
                    nb: "En annen Nabo bruker fortsatt denne datamappen etter \(Int(Self.patience)) sekunder. Lukk den først, og prøv igjen.",
                    en: "Another Nabo is still using this data folder after \(Int(Self.patience)) seconds. Close it first, then try again."))
            }
        }
        self.fd = fd
    }

    /// What a second writer says, once, while it waits.
    public static let waitingMessage = Message(nb: "Venter på en annen Nabo som bruker denne datamappen …",
                                        en: "Waiting for another Nabo that is using this data folder …")

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

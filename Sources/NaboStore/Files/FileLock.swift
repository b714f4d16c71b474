#if canImport(Glibc)
import Glibc
#endif
import NaboCore

/// One writer per data folder: an advisory lock held for as long as the store is open. The kernel
/// drops it when the process dies, so a crash never leaves the folder locked.
final class FileLock {
    private let fd: Int32

    init(_ path: String) throws(Files.Failure) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Files.failure("write", path) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw Files.Failure(message: Message(
                nb: "En annen Nabo bruker allerede denne datamappen. Lukk den først (eller vent til den er ferdig).",
                en: "Another Nabo is already using this data folder. Close it first (or wait until it is done)."))
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Tells, without waiting, whether a journal in a sync folder changed since it last looked: the
/// kernel's inotify on the folder's `journal/`, so a file another laptop's sync engine dropped
/// there is synced within seconds. Nil where the folder cannot be watched (not there yet, a
/// stick unplugged); the timed syncs still run then.
public final class FolderWatch {
    private let fd: Int32

    public init?(_ dir: String) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE)
        guard !Files.isLink(dir + "/journal"), inotify_add_watch(fd, dir + "/journal", mask | UInt32(IN_ONLYDIR | IN_DONT_FOLLOW)) >= 0 else {
            close(fd)
            return nil
        }
        self.fd = fd
    }

    /// Whether a journal was written, moved in or removed since the last call.
    public func journalsChanged() -> Bool {
        var changed = false
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            guard n > 0 else { return changed }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= n {
                let (length, name) = buffer.withUnsafeBytes { raw -> (Int, String) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameBytes = raw[(offset + header)..<min(n, offset + header + Int(event.len))].prefix { $0 != 0 }
                    return (Int(event.len), String(decoding: nameBytes, as: UTF8.self))
                }
                if JournalFileName.isJournal(name) { changed = true }
                offset += header + length
            }
        }
    }

    deinit { close(fd) }
}

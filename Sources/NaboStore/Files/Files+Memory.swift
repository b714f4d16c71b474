#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NaboCore

/// Files as memory: the snapshot mapped, and the buffer an encrypted snapshot is opened into.
extension Files {
    /// Maps a file read-only into memory; the mapping lives as long as the returned source. Its pages
    /// come as they are read and can be given back (`forgetPages`), so checking the whole snapshot
    /// in the background does not keep 200 MB resident.
    public static func map(_ path: String) -> SnapshotSource? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let st = status(path), st.size > 0,
              let p = mmap(nil, st.size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        let size = st.size
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        // Whole pages inside the range only: a page still partly to be read stays.
        let forget = { (range: Range<Int>) in
            let start = (range.lowerBound + page - 1) / page * page, end = min(size, range.upperBound) / page * page
            if end > start { _ = madvise(p + start, end - start, MADV_DONTNEED) }
        }
        return SnapshotSource(bytes: UnsafeRawBufferPointer(start: p, count: size), forget: forget) { munmap(p, size) }
    }

    /// Zeroed memory of its own for a large buffer (an opened snapshot), asked to be backed by huge
    /// pages: 200 MB written through 4 KiB pages costs some 50,000 page faults at start-up.
    static func anonymousMemory(_ count: Int) -> (UnsafeMutableRawBufferPointer, release: () -> Void)? {
        guard let p = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), p != MAP_FAILED else { return nil }
        #if os(Linux)
        _ = madvise(p, count, MADV_HUGEPAGE)
        #endif
        return (UnsafeMutableRawBufferPointer(start: p, count: count), { munmap(p, count) })
    }
}

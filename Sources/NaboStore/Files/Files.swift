#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NaboCore

/// The few file operations the store needs, in POSIX terms so that durability (fsync), permissions
/// (0600/0700) and atomic replacement (rename) are explicit. Errors are worded for a worker.
public enum Files {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var message: Message
        public var description: String { message.en }
    }

    public struct Stat: Equatable, Codable, Sendable {
        public var size: Int
        public var mtimeNanos: Int64
        public var inode: UInt64
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return posixStat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public static func status(_ path: String) -> Stat? {
        var st = stat()
        guard posixStat(path, &st) == 0 else { return nil }
        return Stat(size: Int(st.st_size), mtimeNanos: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec), inode: UInt64(st.st_ino))
    }

    /// Creates a folder and its parents, readable by the owner only.
    public static func makeDirectory(_ path: String) throws(Failure) {
        if isDirectory(path) { return }
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !parent.isEmpty, !isDirectory(parent) { try makeDirectory(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw failure("create the folder", path) }
    }

    public static func list(_ dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public static func contents(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("read", path) }
        defer { close(fd) }
        return try readAll(fd, path: path, from: 0)
    }

    /// Reads a file from an offset in large chunks and hands each run of complete lines to `body`.
    /// The bytes after the last newline (a torn or unfinished line) come back as the result.
    public static func forEachChunk(_ path: String, from offset: Int = 0, chunk: Int = 8 << 20,
                                    _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("read", path) }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: chunk)
        var carry = 0
        var fileOffset = offset
        var bufferStart = offset
        while true {
            if carry == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let n = buffer.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + carry, raw.count - carry, off_t(fileOffset))
            }
            if n < 0 { if errno == EINTR { continue }; throw failure("read", path) }
            if n == 0 { break }
            fileOffset += n
            let filled = carry + n
            let lastNewline = buffer.withUnsafeBufferPointer { b in
                (0..<filled).reversed().first { b[$0] == 0x0A }
            }
            guard let cut = lastNewline else { carry = filled; continue }
            try buffer.withUnsafeBufferPointer { b in
                try body(UnsafeBufferPointer(rebasing: b[0...cut]), bufferStart)
            }
            let rest = filled - cut - 1
            if rest > 0 { buffer.withUnsafeMutableBufferPointer { b in
                for i in 0..<rest { b[i] = b[cut + 1 + i] }
            } }
            carry = rest
            bufferStart += cut + 1
        }
        return Array(buffer[0..<carry])
    }

    static func readAll(_ fd: Int32, path: String, from offset: Int) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        var pos = offset
        while true {
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(pos)) }
            if n < 0 { if errno == EINTR { continue }; throw failure("read", path) }
            if n == 0 { return out }
            out.append(contentsOf: buf[0..<n])
            pos += n
        }
    }

    /// Appends and waits until the bytes are on disk: only then may anyone say "saved".
    public static func appendDurably(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("save to", path) }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
        guard fsync(fd) == 0 else { throw failure("save to", path) }
    }

    /// Replaces a file whole: written beside it, synced, then renamed over it, so a reader (or a
    /// sync tool) never sees half a file and a full disk leaves the old file as it was.
    public static func replaceAtomically(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        try replaceAtomically(path) { (fd) throws(Failure) in try writeAll(fd, bytes, path: path) }
    }

    public static func replaceAtomically(_ path: String, writer: (Int32) throws(Failure) -> Void) throws(Failure) {
        let dir = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        let name = String(path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...])
        let tmp = (dir.isEmpty ? "" : dir + "/") + ".\(name).\(getpid()).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("write", path) }
        do throws(Failure) {
            try writer(fd)
            guard fsync(fd) == 0 else { throw failure("write", path) }
            close(fd)
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        guard rename(tmp, path) == 0 else {
            unlink(tmp)
            throw failure("write", path)
        }
        syncDirectory(dir.isEmpty ? "." : dir)
    }

    /// Copies a whole file into an open descriptor, for writing a journal to a sync folder.
    public static func copy(_ source: String, from offset: Int, into fd: Int32) throws(Failure) {
        let src = open(source, O_RDONLY | O_CLOEXEC)
        guard src >= 0 else { throw failure("read", source) }
        defer { close(src) }
        var buf = [UInt8](repeating: 0, count: 1 << 20)
        var pos = offset
        while true {
            let n = buf.withUnsafeMutableBytes { pread(src, $0.baseAddress, $0.count, off_t(pos)) }
            if n > 0 { pos += n }
            if n < 0 { if errno == EINTR { continue }; throw failure("read", source) }
            if n == 0 { return }
            try writeAll(fd, Array(buf[0..<n]), path: source)
        }
    }

    public static func truncate(_ path: String, to size: Int) throws(Failure) {
        guard Glibc.truncate(path, off_t(size)) == 0 else { throw failure("repair", path) }
    }

    public static func remove(_ path: String) { unlink(path) }

    static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 { if errno == EINTR { continue }; throw failure("write", path) }
            written += n
        }
    }

    /// The message names the file but never its content, and says what a full disk means.
    static func failure(_ verb: String, _ path: String) -> Failure {
        let code = errno
        let reason: Message
        switch code {
        case ENOSPC, EDQUOT:
            reason = Message(nb: "disken er full", en: "the disk is full")
        case EACCES, EPERM:
            reason = Message(nb: "mangler tilgang", en: "permission denied")
        case ENOENT:
            reason = Message(nb: "finnes ikke", en: "it does not exist")
        case EROFS:
            reason = Message(nb: "disken er skrivebeskyttet", en: "the disk is read-only")
        default:
            let text = String(cString: strerror(code))
            reason = Message(nb: text, en: text)
        }
        let verbNb = ["read": "lese", "write": "skrive", "save to": "lagre i", "create the folder": "lage mappen", "repair": "reparere"][verb] ?? verb
        return Failure(message: Message(nb: "Kunne ikke \(verbNb) \(path): \(reason.nb).", en: "Could not \(verb) \(path): \(reason.en)."))
    }
}

/// Outside the enum, where `stat` can only mean the C function.
private func posixStat(_ path: String, _ st: inout stat) -> Int32 {
    stat(path, &st)
}

extension Files {
    /// The whole snapshot is read at start (its checksum), so on Linux its pages are mapped in one go
    /// rather than one fault at a time.
    #if os(Linux)
    static let mapFlags = MAP_PRIVATE | MAP_POPULATE
    #else
    static let mapFlags = MAP_PRIVATE
    #endif

    /// Maps a file read-only into memory; the mapping lives as long as the returned source.
    public static func map(_ path: String) -> SnapshotSource? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let st = status(path), st.size > 0,
              let p = mmap(nil, st.size, PROT_READ, Self.mapFlags, fd, 0), p != MAP_FAILED else { return nil }
        let size = st.size
        return SnapshotSource(bytes: UnsafeRawBufferPointer(start: p, count: size)) { munmap(p, size) }
    }
}

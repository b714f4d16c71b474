#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
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

    /// Whether the path is a link (not followed): a sync folder's `journal/` must not be one.
    public static func isLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
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

    /// The regular files in a folder, links and folders left out: what may be read as a journal.
    public static func listFiles(_ dir: String) -> [String] {
        list(dir).filter { name in
            var st = stat()
            return lstat(dir + "/" + name, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
        }
    }

    /// Opens a file for reading only if it is a regular file and not a link: a sync folder may hold
    /// a planted link to any file, or a folder or a pipe named like a journal.
    static func openRegular(_ path: String) throws(Failure) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ELOOP { throw notRegular(path) }
            throw failure("read", path)
        }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw notRegular(path)
        }
        return fd
    }

    static func notRegular(_ path: String) -> Failure {
        Failure(message: Message(nb: "Kunne ikke lese \(path): det er ikke en vanlig fil (en lenke eller en mappe), så den er hoppet over.",
                                 en: "Could not read \(path): it is not a plain file (a link or a folder), so it was skipped."))
    }

    public static func contents(_ path: String) throws(Failure) -> [UInt8] {
        let fd = try openRegular(path)
        defer { close(fd) }
        return try readAll(fd, path: path, from: 0)
    }

    /// Reads a file that should be small (a manifest, a device list), refusing one that is not.
    public static func contents(_ path: String, atMost limit: Int) throws(Failure) -> [UInt8] {
        let fd = try openRegular(path)
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, Int(st.st_size) <= limit else {
            throw Failure(message: Message(nb: "Kunne ikke lese \(path): filen er for stor.", en: "Could not read \(path): the file is too large."))
        }
        return try readAll(fd, path: path, from: 0)
    }

    /// Reads a file from an offset in large chunks and hands each run of complete lines to `body`.
    /// The bytes after the last newline (a torn or unfinished line) come back as the result. A run
    /// of more than `maxLine` bytes without a newline is not held in memory: its first `maxLine`
    /// bytes go to `overlong` with the line's offset, and the rest up to its newline is skipped.
    /// Reading stops at `end`, where a caller reads a file a slice at a time.
    public static func forEachChunk(_ path: String, from offset: Int = 0, to end: Int = .max, chunk: Int = 8 << 20, maxLine: Int = .max,
                                    overlong: ([UInt8], Int) -> Void = { _, _ in },
                                    _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws -> [UInt8] {
        let fd = try openRegular(path)
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: max(1, min(chunk, end - offset)))
        var carry = 0
        var fileOffset = offset
        var bufferStart = offset
        var skipping = false
        while true {
            if carry == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let n = buffer.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + carry, min(raw.count - carry, end - fileOffset), off_t(fileOffset))
            }
            if n < 0 { if errno == EINTR { continue }; throw failure("read", path) }
            if n == 0 { break }
            fileOffset += n
            var filled = carry + n
            if skipping {
                // The rest of an over-long line: dropped up to its newline.
                guard let nl = buffer.withUnsafeBufferPointer({ b in (0..<filled).first { b[$0] == 0x0A } }) else {
                    carry = 0
                    bufferStart = fileOffset
                    continue
                }
                skipping = false
                let rest = filled - nl - 1
                buffer.withUnsafeMutableBufferPointer { b in for i in 0..<rest { b[i] = b[nl + 1 + i] } }
                bufferStart = fileOffset - rest
                filled = rest
            }
            let lastNewline = buffer.withUnsafeBufferPointer { b in
                (0..<filled).reversed().first { b[$0] == 0x0A }
            }
            guard let cut = lastNewline else {
                if filled > maxLine {
                    overlong(Array(buffer[0..<maxLine]), bufferStart)
                    skipping = true
                    carry = 0
                    bufferStart = fileOffset
                } else {
                    carry = filled
                }
                continue
            }
            try buffer.withUnsafeBufferPointer { b in
                try body(UnsafeBufferPointer(rebasing: b[0...cut]), bufferStart)
            }
            let rest = filled - cut - 1
            if rest > 0 { buffer.withUnsafeMutableBufferPointer { b in
                for i in 0..<rest { b[i] = b[cut + 1 + i] }
            } }
            carry = rest
            bufferStart += cut + 1
            if carry > maxLine {
                overlong(Array(buffer[0..<maxLine]), bufferStart)
                skipping = true
                carry = 0
                bufferStart = fileOffset
            }
        }
        return skipping ? [] : Array(buffer[0..<carry])
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NaboCore

/// Writing data files so that no fault loses a save: appends made durable, replacements by rename
/// from temporary files named for their writer, and the leftovers of writers that stopped.
extension Files {
    /// Appends and waits until the bytes are on disk: only then may anyone say "saved". A file that
    /// does not end in a newline (a torn line, a journal copied without its last newline) gets one
    /// first, so the new lines are never glued onto it; a failed write is cut back to where the file
    /// ended, so a full disk leaves no part of a line behind.
    public static func appendDurably(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw failure("save to", path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { throw notRegular(path) }
        let before = Int(st.st_size)
        var last: UInt8 = 0x0A
        if before > 0, pread(fd, &last, 1, off_t(before - 1)) != 1 { throw failure("read", path) }
        do throws(Failure) {
            try writeAll(fd, last == 0x0A ? bytes : [0x0A] + bytes, path: path)
            guard fsync(fd) == 0 else { throw failure("save to", path) }
        } catch {
            _ = ftruncate(fd, off_t(before))
            _ = fsync(fd)
            throw error
        }
    }

    /// Replaces a file whole: written beside it, synced, then renamed over it, so a reader (or a
    /// sync tool) never sees half a file and a full disk leaves the old file as it was.
    public static func replaceAtomically(_ path: String, owner: String = "nabo", _ bytes: [UInt8]) throws(Failure) {
        try replaceAtomically(path, owner: owner) { (fd) throws(Failure) in try writeAll(fd, bytes, path: path) }
    }

    /// The temporary file is `.nabo-tmp.OWNER.RANDOM` beside the target: created exclusively and
    /// never through a link (a name planted in a shared folder cannot redirect the write), named
    /// by the device that writes it so only that device ever cleans it up (`removeLeftovers`).
    /// `durable: false` skips waiting for the disk, for a file whose damage is noticed and costs
    /// nothing lost (the snapshot, checked by its checksum and made again from the journals).
    public static func replaceAtomically(_ path: String, owner: String = "nabo", durable: Bool = true,
                                         writer: (Int32) throws(Failure) -> Void) throws(Failure) {
        let dir = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        var fd: Int32 = -1
        var tmp = ""
        for _ in 0..<8 where fd < 0 {
            tmp = (dir.isEmpty ? "" : dir + "/") + temporaryPrefix(owner) + randomHex()
            fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0, errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure("write", path) }
        do throws(Failure) {
            try writer(fd)
            guard !durable || fsync(fd) == 0 else { throw failure("write", path) }
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
        if durable { syncDirectory(dir.isEmpty ? "." : dir) }
    }

    /// Copies a whole file into an open descriptor, for writing a journal to a sync folder; a failed
    /// write names the file being written (a full stick), not the laptop's journal.
    public static func copy(_ source: String, from offset: Int, into fd: Int32, writing destination: String) throws(Failure) {
        let src = try openRegular(source)
        defer { close(src) }
        var buf = [UInt8](repeating: 0, count: 1 << 20)
        var pos = offset
        while true {
            let n = buf.withUnsafeMutableBytes { pread(src, $0.baseAddress, $0.count, off_t(pos)) }
            if n > 0 { pos += n }
            if n < 0 { if errno == EINTR { continue }; throw failure("read", source) }
            if n == 0 { return }
            try writeAll(fd, Array(buf[0..<n]), path: destination)
        }
    }

    static func temporaryPrefix(_ owner: String) -> String { ".nabo-tmp." + owner + "." }

    static func randomHex() -> String {
        var g = SystemRandomNumberGenerator()
        return String(g.next() as UInt64, radix: 16)
    }

    /// Removes this device's own temporary files older than an hour (a killed command's), never
    /// another program's or another laptop's.
    public static func removeLeftovers(in dir: String, owner: String, now: Date = Date()) {
        let prefix = temporaryPrefix(owner)
        for name in list(dir) where name.hasPrefix(prefix) {
            var st = stat()
            let path = dir + "/" + name
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG,
                  Double(st.st_mtim.tv_sec) < now.timeIntervalSince1970 - 3600 else { continue }
            unlink(path)
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

    public static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(Failure) {
        let written: Result<Void, Failure> = bytes.withUnsafeBytes { raw in Result { () throws(Failure) in try writeAll(fd, raw, path: path) } }
        try written.get()
    }

    static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer, path: String) throws(Failure) {
        var written = 0
        while written < raw.count {
            let n = WriteFault.write(path) { write(fd, raw.baseAddress! + written, min($0, raw.count - written)) }
            if n < 0 { if errno == EINTR { continue }; throw failure("write", path) }
            written += n
        }
    }

    /// Writes over bytes already written, at `offset`, leaving the file's position where it is.
    static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>, at offset: Int, path: String) throws(Failure) {
        let done: Result<Void, Failure> = bytes.withUnsafeBytes { raw in
            Result { () throws(Failure) in
                var written = 0
                while written < raw.count {
                    let n = WriteFault.write(path) { pwrite(fd, raw.baseAddress! + written, min($0, raw.count - written), off_t(offset + written)) }
                    if n < 0 { if errno == EINTR { continue }; throw failure("write", path) }
                    written += n
                }
            }
        }
        try done.get()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NaboCore

extension Files {
    /// Reads a file the user keeps or names (a colour theme, a template, a form, a passphrase file)
    /// as untrusted: a link is followed, as dotfiles often are links, but at most `limit` bytes are
    /// read, so `/dev/zero` or a huge file is refused at once instead of filling memory. Without
    /// `allowingStreams` only a regular file is read, never a pipe or a device that would keep a
    /// start waiting; with it, `--passphrase-file <(pass show nabo)` works.
    public static func userFile(_ path: String, atMost limit: Int, allowingStreams: Bool = false) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | (allowingStreams ? 0 : O_NONBLOCK))
        guard fd >= 0 else { throw failure("read", path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) != S_IFDIR, allowingStreams || (st.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(message: Message(nb: "Kunne ikke lese \(path): det er ikke en vanlig fil.", en: "Could not read \(path): it is not a plain file."))
        }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while out.count <= limit {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, min($0.count, limit + 1 - out.count)) }
            if n < 0 { if errno == EINTR { continue }; throw failure("read", path) }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
        }
        throw Failure(message: Message(nb: "Kunne ikke lese \(path): filen er større enn \(limit) byte.",
                                       en: "Could not read \(path): the file is larger than \(limit) bytes."))
    }
}

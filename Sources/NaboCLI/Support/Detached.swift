import Foundation

/// Work a read-only command leaves behind once its answer is out: writing the snapshot took seconds
/// at 500,000 operations, and the worker waited for it to get the prompt back after `nabo list`.
/// In the `nabo` executable it runs in a forked child in a session of its own, its standard streams
/// on `/dev/null`, and the command exits at once; the child holds no lock (a read-only command
/// takes none) and replaces the snapshot atomically, so a command started meanwhile reads the old
/// one or the new one. Tests that run commands in their own process keep it inline: forking a
/// test runner's threads is not safe.
public enum Detached {
    /// Set by the `nabo` executable, whose only threads by then have finished their work.
    nonisolated(unsafe) public static var mayFork = false

    /// Runs `body` after the process's answer, without the caller waiting for it where it can.
    static func afterAnswer(_ body: () -> Void) {
        guard mayFork else { return body() }
        fflush(nil)
        let pid = fork()
        guard pid == 0 else {
            // Without a child (no process to spare), the work is done here, as before.
            if pid < 0 { body() }
            return
        }
        _ = setsid()
        let null = open("/dev/null", O_RDWR)
        if null >= 0 { for fd: Int32 in 0...2 { dup2(null, fd) } }
        closeInherited()
        body()
        _exit(0)
    }

    /// Closes every descriptor above the standard three: a pipe the command was given under
    /// another number (a caller that leaks its descriptors) would keep its reader waiting for the
    /// child. The snapshot is written from memory, so the child needs none of them.
    private static func closeInherited() {
        var open: [Int32] = []
        if let dir = opendir("/proc/self/fd") {
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if let fd = Int32(name), fd > 2 { open.append(fd) }
            }
            let own = dirfd(dir)
            closedir(dir)
            open.removeAll { $0 == own }
        } else {
            open = Array(3..<1024)
        }
        for fd in open { close(fd) }
    }
}

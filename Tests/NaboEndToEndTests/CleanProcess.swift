import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a terminal would: no signals blocked, default signal actions, output to a
/// file. Foundation's `Process` passes on the signal mask of the thread that starts it, and the
/// test runner's threads block most signals, so a tmux server started that way (and the program
/// in its pane) would never see SIGCHLD or SIGTERM. A pipe would also stay open in the forked
/// tmux server and leave a reader waiting forever; a file does not.
enum CleanProcess {
    static func run(_ executable: String, _ arguments: [String], output: String) throws -> (status: Int32, output: String) {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var reset = sigset_t()
        sigemptyset(&reset)
        for signal in [SIGCHLD, SIGHUP, SIGINT, SIGPIPE, SIGQUIT, SIGTERM] {
            sigaddset(&reset, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &reset)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var files = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&files)
        defer { posix_spawn_file_actions_destroy(&files) }
        posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&files, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&files, 1, 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &files, &attributes, argv, environment)
        guard spawned == 0 else {
            throw Tmux.Failure("Could not start \(executable): error \(spawned)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        // The exit status as the shell reports it: WEXITSTATUS, which Swift cannot import.
        return ((status >> 8) & 0xFF, text)
    }
}

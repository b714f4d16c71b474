import Foundation
import NaboCore

/// One run of the built `nabo` with its answer thrown away: its wall time and its peak memory, from
/// the kernel's accounting of that child (`wait4`). A child started by a large process is charged
/// that process's peak from before its `exec`, so the run is made by a fresh `nabo-bench
/// --command-child` of a few MB, which starts `nabo` and prints the figures.
enum CommandRun {
    struct Result {
        var seconds: Double
        var peakBytes: Double
        var status: Int32
    }

    /// `nabo` beside this benchmark's executable.
    static var nabo: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent().appendingPathComponent("nabo").path
    }

    static func measure(_ arguments: [String], environment: [String: String]) throws -> Result {
        let parts = try StoreBenchmark.child(["--command-child"] + arguments, environment: environment)
        guard parts.count == 3, parts[2] == 0 else {
            throw Message(nb: "nabo \(arguments.joined(separator: " ")) kunne ikke måles.", en: "nabo \(arguments.joined(separator: " ")) could not be measured.")
        }
        return Result(seconds: parts[0], peakBytes: parts[1], status: Int32(parts[2]))
    }

    /// `nabo-bench --command-child ARGUMENTS`: runs `nabo ARGUMENTS` and prints its seconds, peak
    /// bytes and exit status; `measure` refuses a command that failed, so no figure is of a refusal.
    static func child(_ arguments: [String]) -> Never {
        do {
            let r = try spawn(arguments)
            print("\(r.seconds) \(r.peakBytes) \(r.status)")
            exit(0)
        } catch {
            print("\(error)")
            exit(1)
        }
    }

    private static func spawn(_ arguments: [String]) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        let argv = ([nabo] + arguments).map { strdup($0) } + [nil]
        let env = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + env).forEach { free($0) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, nabo, &actions, nil, argv, env) == 0 else {
            throw Message(nb: "Fant ikke \(nabo); bygg den med swift build -c release --product nabo.", en: "Could not start \(nabo); build it with swift build -c release --product nabo.")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Result(seconds: seconds, peakBytes: Double(usage.ru_maxrss) * 1024, status: (status >> 8) & 0xff)
    }
}

import Foundation
import NaboTestSupport
import Testing

/// A real terminal for the real binary: a tmux server on a private socket, one window of a fixed
/// size, with the program started in it. The server is killed by `stop()`, which every test defers.
final class Tmux {
    let socket: String
    let folder: String

    /// Starts `command` in a detached window, under a shell that reports how it ended and then
    /// keeps the pane open, so the screen the program left can still be read. The shell rather
    /// than tmux collects the exit status: a tmux server started from the test runner was seen
    /// to leave its ended child unreaped.
    init(columns: Int, rows: Int, command: [String], environment: [String: String], folder: String) throws {
        guard let tmux = Self.executable else {
            throw Failure("tmux is needed for the end-to-end tests and is not installed: apt-get install tmux (.ci/run installs it).")
        }
        self.tmuxPath = tmux
        self.folder = folder
        socket = "nabo-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let config = folder + "/tmux.conf"
        try "set -g status off\n".write(toFile: config, atomically: true, encoding: .utf8)
        let script = "echo $$ > '\(pidFile)'; " + command.map(Self.quoted).joined(separator: " ")
            + "; echo \"\(Self.exitMark) $?\"; exec sleep 600"
        var arguments = ["-f", config, "new-session", "-d", "-x", String(columns), "-y", String(rows)]
        // The frozen day of `Fixed` unless a test pins another, as for every command a test runs.
        for (name, value) in environment.merging(["NABO_TODAY": Fixed.todayText], uniquingKeysWith: { own, _ in own }).sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        arguments += ["sh", "-c", script]
        try run(arguments)
    }

    private let tmuxPath: String
    var pidFile: String { folder + "/pane.pid" }

    func stop() {
        _ = try? run(["kill-server"])
    }

    /// The pane's text, one line per row; with `colors`, the escape sequences of its styles too.
    func capture(colors: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (colors ? ["-e"] : []))
    }

    func send(_ keys: String...) throws {
        try run(["send-keys"] + keys)
    }

    /// Types text literally, not as key names.
    func type(_ text: String) throws {
        try run(["send-keys", "-l", text])
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-x", String(columns), "-y", String(rows)])
    }

    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the pane until `condition` holds for its text; throws with the last screen if it
    /// does not within the timeout.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure("Waited \(timeout) s for \(what); the pane shows:\n\(screen)")
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 10) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    static let exitMark = "program exited with"

    /// Waits for the program in the pane to end and returns its exit status as the shell gives
    /// it (128 + the signal for a program ended by one).
    func waitForExit(timeout: Double = 10) throws -> Int {
        let screen = try waitFor("the program to end", timeout: timeout) { $0.contains(Self.exitMark) }
        let line = screen.split(separator: "\n").first { $0.contains(Self.exitMark) } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? -1
    }

    /// The program's process: the one child of the shell in the pane.
    func programID() throws -> pid_t {
        let shell = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return pid_t(children.split(separator: " ").first ?? "") ?? 0
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let result = try CleanProcess.run(tmuxPath, ["-L", socket] + arguments, output: folder + "/tmux.out")
        guard result.status == 0 else {
            throw Failure("tmux \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
        return result.output
    }

    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

import Foundation
import NaboTestSupport
import Testing

/// The README's screen captures are the real program's screens on the demo at a pinned day, so
/// they cannot drift from it. `NABO_UPDATE_README=1 swift test --filter ReadmeCapture` writes them
/// again (never when CI=true); review the change before committing it.
@Suite(.serialized) struct ReadmeCaptureEndToEndTests {
    let folder = TempFolder("nabo-readme")

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": "", "NABO_TODAY": "2026-11-22"]
    }

    @Test func theReadmeCapturesAreWhatTheProgramShows() throws {
        let readme = try ReadmeCaptures(String(contentsOfFile: ReadmeCaptures.file, encoding: .utf8))
        #expect(!readme.captures.isEmpty)
        var screens: [String] = []
        // One terminal per size and command line: the captures under it are taken one after the other.
        var tmux: (key: String, terminal: Tmux)?
        defer { tmux?.terminal.stop() }
        for capture in readme.captures {
            let key = "\(capture.columns)x\(capture.rows) \(capture.arguments)"
            if tmux?.key != key {
                tmux?.terminal.stop()
                let started = try Tmux(columns: capture.columns, rows: capture.rows, command: [Binary.nabo] + capture.arguments,
                                       environment: environment, folder: folder.path)
                tmux = (key, started)
                try settled(started, rows: capture.rows, after: nil)
            }
            guard let terminal = tmux?.terminal else { continue }
            if !capture.keys.isEmpty {
                let before = try terminal.capture()
                try terminal.press(capture.keys)
                try settled(terminal, rows: capture.rows, after: before)
            }
            screens.append(ReadmeCaptures.block(try terminal.capture(), rows: capture.rows))
        }

        let environment = ProcessInfo.processInfo.environment
        if environment["NABO_UPDATE_README"] == "1", environment["CI"] != "true" {
            try readme.replacing(with: screens).write(toFile: ReadmeCaptures.file, atomically: true, encoding: .utf8)
            return
        }
        for (capture, screen) in zip(readme.captures, screens) where screen != capture.text {
            Issue.record("""
                README.md lines \(capture.lines.lowerBound + 1)-\(capture.lines.upperBound) differ from what nabo \
                \(capture.arguments.joined(separator: " ")) shows at \(capture.columns)x\(capture.rows); \
                NABO_UPDATE_README=1 swift test --filter ReadmeCapture writes it. The program shows:
                \(screen)
                """)
        }
    }

    /// Waits until the screen has changed from `before` (when given), its last row is written and
    /// it has stayed the same for a few polls, so a capture never catches a half-drawn frame.
    func settled(_ tmux: Tmux, rows: Int, after before: String?) throws {
        var last = ""
        var same = 0
        try tmux.waitFor("a settled screen") { screen in
            same = screen == last ? same + 1 : 0
            last = screen
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            let written = lines.count >= rows && !lines[rows - 1].allSatisfy(\.isWhitespace)
            return written && screen != before && same >= 3
        }
    }
}

extension Tmux {
    /// Sends tmux key names one after the other.
    func press(_ keys: [String]) throws {
        for key in keys { try send(key) }
    }
}

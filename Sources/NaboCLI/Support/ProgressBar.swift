import Foundation

/// A bar on standard error while a long job runs: only on a terminal (a script's log gets no
/// carriage returns), and only once the job has taken a second (`ProgressDelay`), so a quick one shows nothing.
final class ProgressBar {
    private let label: String
    private let start = DispatchTime.now().uptimeNanoseconds
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    init(_ label: String) { self.label = label }

    func update(_ done: Int, of total: Int) {
        guard total > 0 else { return }
        update(fraction: Double(done) / Double(total))
    }

    /// The same bar from a share done between 0 and 1 (as `Store.progress` tells it).
    func update(fraction: Double) {
        guard enabled, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 >= ProgressDelay.seconds else { return }
        let width = 30, share = min(1, max(0, fraction))
        let filled = Int(share * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(Int(share * 100)) %".utf8))
        shown = true
    }

    /// Clears the bar's line, so what is printed next starts at the left edge.
    func finish() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

import Foundation

/// How long a job runs before its progress bar shows: a second, so a quick sync shows nothing.
/// `NABO_PROGRESS_AFTER=0` (seconds) shows it at once, for a test that must see the bar of a sync
/// that may take less than a second on a fast machine.
enum ProgressDelay {
    static let variable = "NABO_PROGRESS_AFTER"

    static let seconds: TimeInterval = {
        guard let text = ProcessInfo.processInfo.environment[variable], let value = Double(text), value.isFinite else { return 1 }
        return min(60, max(0, value))
    }()
}

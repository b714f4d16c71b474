import Foundation
import NaboTUI
import Testing

/// Compares a screen's plain text with `__Snapshots__/<name>.txt` next to this file.
///
/// Snapshots are written only when NABO_RECORD_SNAPSHOTS=1 and never when CI=true, so a snapshot
/// missing in CI fails instead of silently passing. Review a recorded file before committing it.
func assertSnapshot(_ screen: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = snapshotFolder.appendingPathComponent(name + ".txt")
    let actual = screen.text + "\n"
    let environment = ProcessInfo.processInfo.environment
    if environment["NABO_RECORD_SNAPSHOTS"] == "1", environment["CI"] != "true" {
        do {
            try FileManager.default.createDirectory(at: snapshotFolder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("Could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "No snapshot \(file.path). Record it with NABO_RECORD_SNAPSHOTS=1 swift test, review it, commit it.\n\(actual)",
            sourceLocation: sourceLocation)
        return
    }
    if actual != expected {
        Issue.record("Screen differs from snapshot \(name):\n\(lineDifferences(expected: expected, actual: actual))", sourceLocation: sourceLocation)
    }
}

private let snapshotFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

private func lineDifferences(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) {
        let was = index < old.count ? String(old[index]) : "<none>"
        let now = index < new.count ? String(new[index]) : "<none>"
        if was != now {
            report.append("line \(index + 1)\n  snapshot: \(was)\n  screen:   \(now)")
        }
    }
    return report.joined(separator: "\n")
}

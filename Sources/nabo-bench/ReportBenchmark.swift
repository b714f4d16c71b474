import Foundation
import NaboCLI
import NaboCore
import NaboStore

/// `nabo-bench --report`: the evaluation report of the benchmark store, its project year against
/// the year before at every address: made in this process from a store opened with its snapshot
/// (the measures' histories read from the journals included), each format written, and the
/// command's own wall time beside it.
enum ReportBenchmark {
    static func run(_ bench: StoreBenchmark) throws {
        try bench.prepare()
        let root = bench.options.root
        // The command finds its state under $XDG_STATE_HOME/nabo, as on a laptop.
        let xdgState = root + "/report-state", state = xdgState + "/nabo"
        try? FileManager.default.removeItem(atPath: xdgState)
        let work = try bench.freshCopy("report", state: state).work
        try Store(work, stateHome: state).saveSnapshot()
        var store: Store?
        let open = try seconds { store = try Store(work, stateHome: state, readOnly: true) }
        guard let store else { return }
        let today = CalendarDate(year: 2026, month: 11, day: 22)!
        var options = try ReportOptions.chosen(store.replica, today: today, from: nil, to: nil, baselineFrom: nil, baselineTo: nil)
        options.language = .nb
        var document: ReportDocument?
        let made = try seconds { document = try ReportMaking.document(store, options) }
        guard let document else { return }
        var html = "", markdown = ""
        let htmlTime = seconds { html = ReportHTML.html(document) }
        let markdownTime = seconds { markdown = ReportMarkdown.markdown(document) }
        let measures = store.replica.records(EntityType.measure.rawValue).filter { !$0.isDeleted }.count
        print(Figure(name: "report: open the store with its snapshot", value: open, unit: "s").line)
        print(Figure(name: "report: the document, \(measures) measures' paths from the journals", value: made, unit: "s").line)
        print(Figure(name: "report: HTML written (\(html.utf8.count / 1000) kB)", value: htmlTime, unit: "s").line)
        print(Figure(name: "report: Markdown written (\(markdown.utf8.count / 1000) kB)", value: markdownTime, unit: "s").line)
        let total = open + made + htmlTime
        print(Figure(name: "report of the benchmark store, in process (open + document + HTML)", value: total, unit: "s", target: "< 2 s", met: total < 2).line)
        let command = try commandSeconds(work, xdgState: xdgState, output: root + "/report.html")
        print(Figure(name: "nabo report --format html, wall time", value: command, unit: "s", target: "< 2 s", met: command < 2).line)
    }

    /// The built `nabo` beside this benchmark, run as a coordinator would.
    static func commandSeconds(_ data: String, xdgState: String, output: String) throws -> Double {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent().appendingPathComponent("nabo")
        p.arguments = ["report", "--format", "html", "--output", output, "--data", data]
        p.environment = ProcessInfo.processInfo.environment.merging(["XDG_STATE_HOME": xdgState, "NABO_TODAY": "2026-11-22"]) { _, b in b }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        return try seconds {
            try p.run()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw Message(nb: "nabo report feilet.", en: "nabo report failed.") }
        }
    }
}

import Foundation
import NaboCLI
import NaboCore
import NaboStore

/// `nabo-bench --queries`: the filtered lists answered from the snapshot's visit index, timed in
/// process with the command's wall time beside each, and the streamed export of every visit with
/// its peak memory, on the benchmark's store with a current snapshot.
enum QueriesBenchmark {
    /// An encrypted store to measure instead of the plain one: its folder and passphrase file.
    struct Sealed {
        var folder: String
        var passphraseFile: String
    }

    static func run(_ bench: StoreBenchmark, sealed: Sealed? = nil) throws {
        try bench.prepare()
        let label = sealed == nil ? "queries" : "queries, encrypted"
        let exportLabel = sealed == nil ? "export" : "export, encrypted"
        // The commands find the state under $XDG_STATE_HOME/nabo, as on a laptop.
        let xdgState = bench.options.root + (sealed == nil ? "/queries-state" : "/queries-encrypted-state"), state = xdgState + "/nabo"
        try? FileManager.default.removeItem(atPath: xdgState)
        var environment = ["XDG_STATE_HOME": xdgState, "LANG": "C.UTF-8"]
        let work: String
        var ask: (() throws(Message) -> String)?
        if let sealed {
            let secret = try String(contentsOfFile: sealed.passphraseFile, encoding: .utf8).trimmingCharacters(in: .newlines)
            ask = { () throws(Message) in secret }
            work = bench.options.root + "/queries-encrypted"
            try? FileManager.default.removeItem(atPath: work)
            try FileManager.default.copyItem(atPath: sealed.folder, toPath: work)
            _ = try Store.initialise(work, worker: "Bench", stateHome: state, passphrase: ask)
            environment["NABO_PASSPHRASE_FILE"] = sealed.passphraseFile
        } else {
            work = try bench.freshCopy("queries", state: state).work
        }
        // Opened for writing once, as the interface opens it: that also writes the key-slot cache.
        try Store(work, stateHome: state, passphrase: ask).saveSnapshot()
        // The first command warms the page cache, as a laptop in use has it.
        _ = try CommandRun.measure(["check", "--data", work], environment: environment)
        let store = try Store(work, stateHome: state, readOnly: true, passphrase: ask)
        try store.settleSnapshot()
        if sealed != nil {
            print(Figure(name: "\(label): unlocking (key derivation), apart from the figures below", value: store.unlockSeconds, unit: "s").line)
        }
        let today = store.today(now: Date())
        let index = store.replica.visitIndex
        let middle = index.entries.indices.sorted { index.entries[$0].sortKey < index.entries[$1].sortKey }[index.count / 2]
        let day = index.entries[middle].day!.iso
        let resident = index.residents(of: middle).first ?? ""
        let address = store.replica.records(EntityType.measure.rawValue).lazy.compactMap { Measure.address(of: $0) }.first ?? ""
        print(Figure(name: "\(label): store", value: Double(store.replica.operationCount), unit: "operations").line)

        let questions: [(name: String, type: EntityType, filters: [String], command: [String])] = [
            ("one day's visits (\(day))", .visit, ["--date", day], ["list", "visits", "--date", day]),
            ("one resident's visits", .visit, ["--resident", resident], ["list", "visits", "--resident", resident]),
            ("one address's measures", .measure, ["--address", address], ["list", "measures", "--address", address]),
        ]
        for q in questions {
            let query = try ListQuery(q.type, filters: q.filters, today: today)
            var found = 0
            let inProcess = try median(5) {
                found = query.places(in: store.replica).compactMap { store.replica.record(q.type.rawValue, at: $0) }.count
            }
            let wall = try CommandRun.measure(q.command + ["--data", work], environment: environment)
            print(Figure(name: "\(label): \(q.name), \(found) listed, in process", value: inProcess * 1000, unit: "ms",
                         target: "< 20 ms", met: inProcess < 0.020).line + String(format: "; the command %.3f s", wall.seconds))
        }
        var due = 0
        let dueTime = try median(5) { due = Due.list(in: store.replica, today: today).count }
        let latestTime = try median(5) { _ = Due.latestVisits(in: store.replica) }
        let dueWall = try CommandRun.measure(["list", "due", "--data", work], environment: environment)
        print(Figure(name: "\(label): residents due (\(due)), in process", value: dueTime * 1000, unit: "ms", target: "< 20 ms", met: dueTime < 0.020).line
              + String(format: "; of it each resident's last contact %.1f ms; the command %.3f s", latestTime * 1000, dueWall.seconds))

        let export = try CommandRun.measure(["list", "visits", "--json", "--data", work], environment: environment)
        print(Figure(name: "\(exportLabel): every visit as JSON (nabo list visits --json), wall", value: export.seconds, unit: "s", target: "< 1 s", met: export.seconds < 1).line)
        print(Figure(name: "\(exportLabel): every visit as JSON, peak memory", value: export.peakBytes / 1e6, unit: "MB", target: "< 150 MB", met: export.peakBytes < 150e6).line)
    }

    /// The median of `runs` timings of `body`.
    static func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs { times.append(try seconds(body)) }
        return times.sorted()[runs / 2]
    }
}

import Foundation
import NaboCore
import NaboStore

/// `nabo-bench --repeat N`: the store's three costs that any change to reading journals moves
/// (cold load, load with a snapshot, a full sync with four colleagues' journals), each run N times
/// on fresh copies, printed as the median, so two builds can be compared on the same store.
struct RepeatedStoreBenchmark {
    var bench: StoreBenchmark
    let runs: Int

    mutating func run() throws {
        try bench.prepare()
        let cold = try (0..<runs).map { _ in try bench.coldLoad().seconds }
        print(Self.line("cold load, no snapshot", cold))
        let work = bench.options.root + "/work"
        let folder = bench.options.root + "/sync"
        let pristine = bench.options.root + "/sync-pristine"
        var snapshot: [Double] = []
        var sync: [Double] = []
        for i in 0..<runs {
            try? FileManager.default.removeItem(atPath: work)
            try? FileManager.default.removeItem(atPath: bench.workState)
            try FileManager.default.copyItem(atPath: bench.data, toPath: work)
            do { try Store(work, stateHome: bench.state, readOnly: true, useSnapshot: false).saveSnapshot() }
            _ = try Store.initialise(work, worker: "Bench", stateHome: bench.workState)
            var store: Store?
            snapshot.append(try seconds { store = try Store(work, stateHome: bench.workState) })
            if i == 0 {
                try bench.otherDevices(into: pristine, base: store!.replica)
            }
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.copyItem(atPath: pristine, toPath: folder)
            sync.append(try seconds { _ = try store!.sync(with: folder) })
        }
        print(Self.line("load with a snapshot", snapshot))
        print(Self.line("full sync (400000 received, 500000 sent)", sync))
    }

    static func line(_ name: String, _ values: [Double]) -> String {
        let sorted = values.sorted()
        let runs = values.map { String(format: "%.3f", $0) }.joined(separator: " ")
        return "\(name): median \(String(format: "%.3f", sorted[sorted.count / 2])) s of \(values.count) runs (\(runs))"
    }
}

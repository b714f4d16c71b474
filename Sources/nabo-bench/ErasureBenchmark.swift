import Foundation
import NaboCore
import NaboStore

/// `nabo-bench --erasure`: `nabo person retention` on a copy of the benchmark store, erasing the
/// 1,000 residents who moved out first (half of them with `--small`), as the command does it (find them, list what names them,
/// write the receipts, rewrite the journals and the snapshot).
enum ErasureBenchmark {
    static let residents = 1_000

    static func run(_ bench: StoreBenchmark) throws {
        try bench.prepare()
        let (work, open) = try bench.freshCopy("erasure", state: bench.options.root + "/erasure-state")
        try open.saveSnapshot()
        let moved = open.replica.records(EntityType.resident.rawValue).map(Resident.init).compactMap { r in r.movedOut.map { (r.id, $0) } }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        // `--small` has fewer who moved out: half of them then.
        let day = moved[min(residents, moved.count / 2)].1
        var erased: [ErasureReceipt] = []
        let t = try seconds {
            let leaving = open.replica.records(EntityType.resident.rawValue).map(Resident.init)
                .filter { $0.movedOut.map { $0 < day } ?? false }.map(\.id)
            erased = try open.erase(residents: leaving, reason: "Benchmark: two years after moving out")
        }
        let records = erased.reduce(0) { $0 + $1.erased.values.reduce(0, +) }
        print(Figure(name: "person retention, \(erased.count) residents moved out before \(day.iso) (\(records) records erased, "
                         + "\(open.replica.operationCount) operations rewritten over)", value: t, unit: "s").line)
    }
}

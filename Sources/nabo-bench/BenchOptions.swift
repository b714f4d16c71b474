import Foundation

struct BenchOptions {
    var root = NSTemporaryDirectory() + "nabo-bench"
    var fresh = false
    var units = 20_000
    var residents = 30_000
    var operations = 500_000
    var otherDevices = 4
    var otherOperations = 100_000
    /// With `--repeat N`, only the store's figures, each the median of N runs.
    var repeats: Int?
    /// With `--encrypted`, the plain store and an encrypted one side by side.
    var encrypted = false
    /// With `--sheets`, only the Excel workbook's figures.
    var sheets = false
    /// With `--import`, only the import of an office's sheets.
    var importOnly = false
    /// With `--erasure`, only `nabo person retention` erasing 1,000 residents.
    var erasure = false
    /// With `--report`, only the evaluation report of the store.
    var report = false
    /// With `--typing`, only the keys typed while the interface syncs 100,000 operations.
    var typing = false
    /// With `--queries`, only the indexed lists and the streamed export.
    var queries = false
    /// With `--snapshot`, only the snapshot's writing.
    var snapshot = false
}

/// One figure and its target, printed as a line a person can read and a script can grep.
struct Figure {
    var name: String
    var value: Double
    var unit: String
    var target: String = ""
    var met: Bool?

    var line: String {
        let v = value >= 100 ? String(format: "%.0f", value) : String(format: "%.3f", value)
        var s = "\(name): \(v) \(unit)"
        if !target.isEmpty { s += "  (target \(target)\(met.map { $0 ? ", met" : ", NOT met" } ?? ""))" }
        return s
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

/// Peak resident memory of this process so far, from the kernel.
func peakMemoryBytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kb * 1024
}

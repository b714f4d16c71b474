import Foundation

/// `nabo-bench --huge`: stores of 100,000, 2,000,000 and 5,000,000 operations (generated once and
/// kept, each under FOLDER/huge-N), each joined by a new laptop as a worker would: the folder
/// copied, `nabo init`, the first frame (a cold fold), then the first frame again with the snapshot
/// written, and every visit exported as JSON with its peak memory. Sizes are run smallest first and
/// printed as they finish, so a run cut short still says what it measured.
enum HugeBenchmark {
    static let sizes = [100_000, 2_000_000, 5_000_000]

    static func run(_ options: BenchOptions) throws {
        var exportPeaks: [Int: Double] = [:]
        for operations in sizes {
            var o = options
            o.root = options.root + "/huge-\(operations)"
            o.operations = operations
            // Oslo's some 11,000 municipal dwellings; the smallest store a small town's.
            (o.units, o.residents) = operations <= 100_000 ? (2_000, 3_000) : (11_000, 16_000)
            let bench = StoreBenchmark(o)
            let generated = try seconds { try bench.prepare() }
            let name = "huge \(operations / 1000)k"
            say(Figure(name: "\(name): store ready (generated if it was not there)", value: generated, unit: "s").line)

            let join = o.root + "/join", xdgState = o.root + "/join-state"
            try? FileManager.default.removeItem(atPath: join)
            try? FileManager.default.removeItem(atPath: xdgState)
            let environment = ["XDG_STATE_HOME": xdgState, "LANG": "C.UTF-8"]
            // Only the journals travel: a snapshot is local to the laptop that wrote it.
            try FileManager.default.createDirectory(atPath: join, withIntermediateDirectories: true)
            let copied = try seconds {
                for item in try FileManager.default.contentsOfDirectory(atPath: bench.data) where item != "snapshot.bin" {
                    try FileManager.default.copyItem(atPath: bench.data + "/" + item, toPath: join + "/" + item)
                }
            }
            let journals = Double(directorySize(join + "/journal"))
            say(Figure(name: "\(name): the journals a new laptop copies", value: journals / 1e6, unit: "MB").line
                  + String(format: "; copied in %.1f s", copied))
            let initialised = try CommandRun.measure(["init", "--worker", "Ny kollega", "--plain", "--data", join], environment: environment)
            let cold = try StoreBenchmark.child(["--first-frame-child", join, xdgState + "/nabo"], environment: [:])[0]
            let joined = initialised.seconds + cold
            say(Figure(name: "\(name): from the copy to the first frame (nabo init, then a start without a snapshot)", value: joined, unit: "s",
                         target: operations >= 5_000_000 ? "< 60 s" : "", met: operations >= 5_000_000 ? joined < 60 : nil).line
                  + String(format: "; init %.1f s, first frame %.1f s", initialised.seconds, cold))
            // The first read-only command writes the snapshot in a process of its own; it is waited for here.
            _ = try CommandRun.measure(["list", "due", "--data", join], environment: environment)
            let snapshot = join + "/snapshot.bin"
            let deadline = Date().addingTimeInterval(300)
            while !FileManager.default.fileExists(atPath: snapshot), Date() < deadline { usleep(100_000) }
            usleep(500_000)
            // The median of three starts: the first right after the snapshot was written can meet
            // the system still writing it out.
            let starts = try (0..<3).map { _ in try StoreBenchmark.child(["--first-frame-child", join, xdgState + "/nabo"], environment: [:])[0] }
            let warm = starts.sorted()[1]
            say(Figure(name: "\(name): start to the first frame with the snapshot, median of 3", value: warm, unit: "s",
                         target: operations >= 5_000_000 ? "< 0.3 s" : "", met: operations >= 5_000_000 ? warm < 0.3 : nil).line
                  + String(format: " (%@); the snapshot %.0f MB; the data folder %.0f MB", starts.map { String(format: "%.3f", $0) }.joined(separator: " "),
                           Double(directorySize(snapshot)) / 1e6, Double(directorySize(join)) / 1e6))
            let export = try CommandRun.measure(["list", "visits", "--json", "--data", join], environment: environment)
            exportPeaks[operations] = export.peakBytes
            say(Figure(name: "\(name): every visit as JSON", value: export.seconds, unit: "s").line + String(format: "; peak memory %.0f MB", export.peakBytes / 1e6))
            if let small = exportPeaks[100_000], let large = exportPeaks[2_000_000], operations == 2_000_000 {
                say(Figure(name: "huge: export's peak memory at 2,000,000 against 100,000", value: large / small, unit: "x", target: "<= 1.2", met: large / small <= 1.2).line)
            }
            try? FileManager.default.removeItem(atPath: join)
        }
    }

    /// A line printed at once: the run takes long and is watched as it goes.
    static func say(_ line: String) {
        print(line)
        fflush(nil)
    }

    /// Bytes of a file, or of the files under a folder.
    static func directorySize(_ path: String) -> Int {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
        guard isFolder.boolValue else { return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        let files = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        return files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + "/" + file)[.type] as? FileAttributeType) == .typeRegular
                ? directorySize(path + "/" + file) : 0)
        }
    }
}

import Foundation
import NaboStore

/// `nabo-bench --snapshot`: the snapshot written after a cold fold and after a day's changes, against
/// the fold's time and the snapshot's size.
enum SnapshotBenchmark {
    static func run(_ bench: StoreBenchmark) throws {
        try bench.prepare()
        let state = bench.options.root + "/snapshot-write-state"
        let work = try bench.freshCopy("snapshot-write", state: state).work
        let f = try bench.child(["--snapshot-child", work, state])
        let (fold, write, rise, again, riseAgain, size) = (f[0], f[1], f[2], f[3], f[4], f[5])
        print(Figure(name: "snapshot: cold fold of \(Int(f[6])) operations", value: fold, unit: "s").line)
        print(Figure(name: "snapshot: written after the cold fold", value: write, unit: "s", target: String(format: "<= %.3f s (the fold)", fold), met: write <= fold).line)
        print(Figure(name: "snapshot: its size", value: size / 1e6, unit: "MB").line)
        print(Figure(name: "snapshot: peak memory added by writing it after the fold", value: rise / 1e6, unit: "MB",
                     target: String(format: "<= %.0f MB (its size)", size / 1e6), met: rise <= size).line)
        print(Figure(name: "snapshot: written again with 1,000 visits changed since", value: again, unit: "s", target: String(format: "<= %.3f s (the fold)", fold), met: again <= fold).line)
        print(Figure(name: "snapshot: peak memory added by writing it again", value: riseAgain / 1e6, unit: "MB",
                     target: String(format: "<= %.0f MB (its size)", size / 1e6), met: riseAgain <= size).line)
        try readOnlyCommand(bench, fold: fold)
    }

    /// A read-only command on a store without a snapshot answers from the cold fold and leaves the
    /// snapshot to a process of its own: its wall time against the fold's, and when the snapshot came.
    static func readOnlyCommand(_ bench: StoreBenchmark, fold: Double) throws {
        let xdgState = bench.options.root + "/detached-state"
        try? FileManager.default.removeItem(atPath: xdgState)
        let work = try bench.freshCopy("detached", state: xdgState + "/nabo").work
        let snapshot = work + "/snapshot.bin"
        try? FileManager.default.removeItem(atPath: snapshot)
        let started = Date()
        let run = try CommandRun.measure(["list", "due", "--data", work], environment: ["XDG_STATE_HOME": xdgState, "LANG": "C.UTF-8"])
        let waited = FileManager.default.fileExists(atPath: snapshot)
        while !FileManager.default.fileExists(atPath: snapshot), Date().timeIntervalSince(started) < 120 { usleep(20_000) }
        let written = Date().timeIntervalSince(started)
        print(Figure(name: "snapshot: a read-only command without one (nabo list due), wall", value: run.seconds, unit: "s",
                     target: "the snapshot not waited for", met: !waited).line
              + String(format: "; the snapshot was there %.1f s after it started (the fold in process %.3f s)", written, fold))
    }
}

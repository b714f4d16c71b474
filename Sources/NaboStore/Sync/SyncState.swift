import NaboCore

/// What this data folder last saw of one sync folder: each journal file's size and identity (so an
/// unchanged file is skipped and a grown one is read from where it ended), which operations each
/// file holds, and how far each local journal was already copied there. Local only, never synced.
struct SyncState: Equatable {
    /// The sync folder's path, so a journal that lost lines can look for them there.
    var folder = ""
    struct FileState: Equatable {
        var size: Int
        var mtimeNanos: Int64
        var inode: UInt64
        var lines: Int
        /// Operations in the file: device -> sequence numbers, as ranges.
        var holds: [String: [ClosedRange<UInt32>]]
    }

    var files: [String: FileState] = [:]
    /// For each device's local journal: the bytes already in the folder, and the segment files this
    /// device wrote there since the last full copy.
    var sentBytes: [String: Int] = [:]
    /// How many of the device's operations the folder held right after that copy.
    var sentHolds: [String: Int] = [:]
    var segments: [String: [String]] = [:]
    /// The erasures this folder's journals were last rewritten for (`Store.applyErasures`).
    var erasures: [String] = []

    /// How many of a device's operations the folder holds, over all its files but a sync engine's
    /// conflict copies, which go once the journals hold what they do.
    func folderHolds(_ device: String) -> Int {
        var all = RangeSet()
        for (name, f) in files where !JournalFileName.isConflictCopy(name) { all.append(f.holds[device] ?? []) }
        return all.normalised.reduce(0) { $0 + $1.count }
    }

    // MARK: Persistence as JSON

    var json: JSONValue {
        .object([
            "folder": .string(folder),
            "files": .object(files.mapValues { f in
                .object(["size": .int(f.size), "mtime": .int(Int(f.mtimeNanos)), "inode": .int(Int(truncatingIfNeeded: f.inode)), "lines": .int(f.lines),
                         "holds": .object(f.holds.mapValues { .array($0.map { .array([.int(Int($0.lowerBound)), .int(Int($0.upperBound))]) }) })])
            }),
            "sentBytes": .object(sentBytes.mapValues { .int($0) }),
            "sentHolds": .object(sentHolds.mapValues { .int($0) }),
            "segments": .object(segments.mapValues { .array($0.map { .string($0) }) }),
            "erasures": .array(erasures.map { .string($0) }),
        ])
    }

    init() {}

    init(json: JSONValue) {
        folder = json.object?["folder"]?.string ?? ""
        for (name, v) in json.object?["files"]?.object ?? [:] {
            guard let o = v.object else { continue }
            var holds: [String: [ClosedRange<UInt32>]] = [:]
            for (d, rs) in o["holds"]?.object ?? [:] {
                holds[d] = (rs.array ?? []).compactMap { r in
                    guard let a = r.array, a.count == 2, let lo = a[0].int, let hi = a[1].int, lo <= hi, lo > 0 else { return nil }
                    return UInt32(lo)...UInt32(hi)
                }
            }
            files[name] = FileState(size: o["size"]?.int ?? -1, mtimeNanos: Int64(o["mtime"]?.int ?? 0),
                                    inode: UInt64(truncatingIfNeeded: o["inode"]?.int ?? 0), lines: o["lines"]?.int ?? 0, holds: holds)
        }
        for (d, v) in json.object?["sentBytes"]?.object ?? [:] { sentBytes[d] = v.int }
        for (d, v) in json.object?["sentHolds"]?.object ?? [:] { sentHolds[d] = v.int }
        for (d, v) in json.object?["segments"]?.object ?? [:] { segments[d] = (v.array ?? []).compactMap(\.string) }
        erasures = (json.object?["erasures"]?.array ?? []).compactMap(\.string)
    }
}

/// Sequence numbers gathered as ranges: journals are nearly always contiguous runs.
struct RangeSet {
    private(set) var ranges: [ClosedRange<UInt32>] = []

    mutating func insert(_ n: UInt32) {
        if let last = ranges.last {
            if last.upperBound &+ 1 == n { ranges[ranges.count - 1] = last.lowerBound...n; return }
            if last.contains(n) { return }
        }
        ranges.append(n...n)
    }

    mutating func append(_ more: [ClosedRange<UInt32>]) { ranges += more }

    var normalised: [ClosedRange<UInt32>] {
        var out: [ClosedRange<UInt32>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let l = out.last, r.lowerBound <= l.upperBound &+ 1 {
                out[out.count - 1] = l.lowerBound...max(l.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}

import NaboCore

/// Which operations a store holds, by device and sequence number, with a fingerprint of each line:
/// enough to skip a repeat, to notice one id with two contents, and to tell what a sync folder lacks.
///
/// A device's journal is nearly always a run from 1, kept as an array. A sequence number far past
/// the run (a hostile line says 4294967295) is kept apart in a dictionary, so memory grows with the
/// operations held, never with the highest number seen.
struct KnownOperations: Sendable {
    private var index: [String: Int] = [:]
    /// Per device, the fingerprint of each line by sequence number from 1; 0 where none is held.
    /// Those restored from a snapshot are read where they lie (`stored`) until the device's lines
    /// change: a command that only reads holds none of them (16 MB at two million operations).
    private var dense: [[UInt64]] = []
    private var stored: [StoredFingerprints?] = []
    /// Per device, lines held beyond `dense`, until the run reaches them.
    private var sparse: [[UInt32: UInt64]] = []
    /// Lines come a device at a time: the last device looked up is nearly always the next.
    private var last: (name: String, index: Int)?
    /// The widest gap filled with empty slots rather than kept apart: a few lost lines, not an attack.
    static let maxGap = 64

    enum Verdict { case new, repeated, conflicting }

    private mutating func slot(_ device: String) -> Int {
        if let last, last.name == device { return last.index }
        let i = index[device] ?? {
            dense.append([])
            stored.append(nil)
            sparse.append([:])
            index[device] = dense.count - 1
            return dense.count - 1
        }()
        last = (device, i)
        return i
    }

    /// The device's slot with its fingerprints in `dense`, copied out of the snapshot if they were there.
    private mutating func changing(_ device: String) -> Int {
        let d = slot(device)
        if let lines = stored[d] {
            dense[d] = lines.all
            stored[d] = nil
        }
        return d
    }

    /// How many lines the run from 1 holds slots for, and the fingerprint in slot `i`.
    private func runCount(_ d: Int) -> Int { stored[d]?.count ?? dense[d].count }
    private func run(_ d: Int, _ i: Int) -> UInt64 { stored[d].map { $0[i] } ?? dense[d][i] }

    mutating func admit(_ device: String, _ seq: UInt32, hash: UInt64) -> Verdict {
        let d = changing(device)
        let i = Int(seq) - 1
        if i < dense[d].count {
            if dense[d][i] == 0 { dense[d][i] = hash; return .new }
            return dense[d][i] == hash ? .repeated : .conflicting
        }
        // Nearly always empty: the look-up is paid only where a number far ahead was seen.
        if !sparse[d].isEmpty, let held = sparse[d][seq] { return held == hash ? .repeated : .conflicting }
        let gap = i - dense[d].count
        guard gap <= Self.maxGap else {
            sparse[d][seq] = hash
            return .new
        }
        if gap > 0 { dense[d].append(contentsOf: repeatElement(0, count: gap)) }
        dense[d].append(hash)
        if !sparse[d].isEmpty { absorb(d) }
        return .new
    }

    /// Moves lines kept apart into the run once it reaches them.
    private mutating func absorb(_ d: Int) {
        while true {
            let reached = sparse[d].keys.filter { Int($0) <= dense[d].count + Self.maxGap + 1 }
            guard !reached.isEmpty else { return }
            for seq in reached.sorted() {
                let i = Int(seq) - 1
                if i >= dense[d].count { dense[d].append(contentsOf: repeatElement(0, count: i - dense[d].count + 1)) }
                dense[d][i] = sparse[d].removeValue(forKey: seq)!
            }
        }
    }

    func contains(_ device: String, _ seq: UInt32) -> Bool {
        fingerprint(device, seq) != nil
    }

    /// The fingerprint held for an operation, if any.
    func fingerprint(_ device: String, _ seq: UInt32) -> UInt64? {
        guard let d = index[device] else { return nil }
        let i = Int(seq) - 1
        if i >= 0, i < runCount(d) { return run(d, i) == 0 ? nil : run(d, i) }
        return sparse[d][seq]
    }

    /// Replaces the fingerprint of an operation already held (the other of two contents won).
    mutating func replace(_ device: String, _ seq: UInt32, hash: UInt64) {
        let d = changing(device)
        let i = Int(seq) - 1
        if i < dense[d].count { dense[d][i] = hash } else { sparse[d][seq] = hash }
    }

    /// The highest sequence number held for a device.
    func last(_ device: String) -> UInt32 {
        guard let d = index[device] else { return 0 }
        return max(UInt32(runCount(d)), sparse[d].keys.max() ?? 0)
    }

    /// Every device's fingerprints, for the snapshot.
    var all: [(device: String, lines: [UInt64], apart: [(UInt32, UInt64)])] {
        index.sorted { $0.value < $1.value }.map { ($0.key, stored[$0.value]?.all ?? dense[$0.value], sparse[$0.value].sorted { $0.key < $1.key }) }
    }

    /// A device's fingerprints as a snapshot held them, read there until they change.
    mutating func restore(_ device: String, _ fingerprints: StoredFingerprints, apart: [(UInt32, UInt64)]) {
        let d = slot(device)
        (dense[d], stored[d]) = ([], fingerprints)
        sparse[d] = Dictionary(apart, uniquingKeysWith: { a, _ in a })
    }

    /// How many operations of a device are held (gaps are not counted).
    func count(_ device: String) -> Int {
        index[device].map { d in (0..<runCount(d)).count { run(d, $0) != 0 } + sparse[d].count } ?? 0
    }

    /// The devices held, in the order first seen.
    var devices: [String] { index.sorted { $0.value < $1.value }.map(\.key) }
}

/// A device's line fingerprints where the snapshot's header holds them, little-endian; the mapping
/// is kept while they are read.
final class StoredFingerprints: @unchecked Sendable {
    private let source: SnapshotSource
    private let bytes: UnsafeRawBufferPointer
    let count: Int

    /// `range` must lie in `source`'s bytes and hold a whole number of fingerprints.
    init(_ source: SnapshotSource, _ range: Range<Int>) {
        self.source = source
        bytes = UnsafeRawBufferPointer(rebasing: source.bytes[range])
        count = range.count / 8
    }

    subscript(i: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }

    var all: [UInt64] { (0..<count).map { self[$0] } }
}

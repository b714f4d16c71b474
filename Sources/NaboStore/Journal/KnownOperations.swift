/// Which operations a store holds, by device and sequence number, with a fingerprint of each line:
/// enough to skip a repeat, to notice one id with two contents, and to tell what a sync folder lacks.
struct KnownOperations: Sendable {
    private var index: [String: Int] = [:]
    /// Per device, the fingerprint of each line by sequence number; 0 where none is held.
    private var lines: [[UInt64]] = []
    /// Lines come a device at a time: the last device looked up is nearly always the next.
    private var last: (name: String, index: Int)?

    enum Verdict { case new, repeated, conflicting }

    private mutating func slot(_ device: String) -> Int {
        if let last, last.name == device { return last.index }
        let i = index[device] ?? {
            lines.append([])
            index[device] = lines.count - 1
            return lines.count - 1
        }()
        last = (device, i)
        return i
    }

    mutating func admit(_ device: String, _ seq: UInt32, hash: UInt64) -> Verdict {
        let d = slot(device)
        let i = Int(seq) - 1
        if i < lines[d].count {
            if lines[d][i] == 0 { lines[d][i] = hash; return .new }
            return lines[d][i] == hash ? .repeated : .conflicting
        }
        if i > lines[d].count { lines[d].append(contentsOf: repeatElement(0, count: i - lines[d].count)) }
        lines[d].append(hash)
        return .new
    }

    func contains(_ device: String, _ seq: UInt32) -> Bool {
        let i = Int(seq) - 1
        guard let d = index[device], i >= 0, i < lines[d].count else { return false }
        return lines[d][i] != 0
    }

    /// The highest sequence number held for a device.
    func last(_ device: String) -> UInt32 {
        UInt32(index[device].map { lines[$0].count } ?? 0)
    }

    /// Every device's fingerprints, for the snapshot.
    var all: [(device: String, lines: [UInt64])] {
        index.sorted { $0.value < $1.value }.map { ($0.key, lines[$0.value]) }
    }

    mutating func restore(_ device: String, _ fingerprints: [UInt64]) {
        lines[slot(device)] = fingerprints
    }

    /// How many operations of a device are held (gaps are not counted).
    func count(_ device: String) -> Int {
        index[device].map { lines[$0].lazy.filter { $0 != 0 }.count } ?? 0
    }
}

/// Which operations a store holds, by device and sequence number, with a fingerprint of each line:
/// enough to skip a repeat, to notice one id with two contents, and to tell what a sync folder lacks.
struct KnownOperations: Sendable {
    private(set) var devices: [String: [UInt64]] = [:]

    enum Verdict { case new, repeated, conflicting }

    mutating func admit(_ device: String, _ seq: UInt32, hash: UInt64) -> Verdict {
        let i = Int(seq) - 1
        var list = devices.removeValue(forKey: device) ?? []
        defer { devices[device] = list }
        if i < list.count {
            if list[i] == 0 { list[i] = hash; return .new }
            return list[i] == hash ? .repeated : .conflicting
        }
        if i > list.count { list.append(contentsOf: repeatElement(0, count: i - list.count)) }
        list.append(hash)
        return .new
    }

    func contains(_ device: String, _ seq: UInt32) -> Bool {
        let i = Int(seq) - 1
        guard let list = devices[device], i < list.count else { return false }
        return list[i] != 0
    }

    /// The highest sequence number held for a device.
    func last(_ device: String) -> UInt32 {
        UInt32(devices[device]?.count ?? 0)
    }

    /// How many operations of a device are held (gaps are not counted).
    func count(_ device: String) -> Int {
        devices[device]?.lazy.filter { $0 != 0 }.count ?? 0
    }

    var count: Int { devices.values.reduce(0) { $0 + $1.lazy.filter { $0 != 0 }.count } }
}

import Synchronization

/// The records of one type as the snapshot holds them, decoded the first time anyone asks. Opening a
/// large store then costs almost nothing: the screens ask for units and residents, not for every visit.
final class LazyTable: Sendable {
    let source: SnapshotSource
    let range: Range<Int>
    let count: Int
    private let decoded = Mutex<[String: Record]?>(nil)

    init(source: SnapshotSource, range: Range<Int>, count: Int) {
        self.source = source
        self.range = range
        self.count = count
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: source.bytes[range]) }

    /// The records; a snapshot found corrupt here gives no records rather than a crash, and
    /// `isIntact` tells the store to read the journals instead.
    func records() -> [String: Record] {
        decoded.withLock { cache in
            if let cache { return cache }
            var out: [String: Record] = [:]
            out.reserveCapacity(count)
            var r = BinaryReader(bytes)
            for _ in 0..<count {
                guard let record = try? RecordCoding.decode(&r) else { break }
                out[record.id] = record
            }
            cache = out
            return out
        }
    }
}

import Synchronization

/// The records of one type as the snapshot holds them, sorted by id with each one's offset, decoded
/// when asked for: one record by a binary search, all of them the first time anyone lists them.
/// Opening a large store then costs almost nothing, and opening one resident does not decode every visit.
final class LazyTable: Sendable {
    let source: SnapshotSource
    /// The records, one after another.
    let range: Range<Int>
    /// `count` little-endian 32-bit offsets into `range`, in id order.
    let offsets: Range<Int>
    let count: Int
    private let decoded = Mutex<[String: Record]?>(nil)

    init(source: SnapshotSource, range: Range<Int>, offsets: Range<Int>, count: Int) {
        self.source = source
        self.range = range
        self.offsets = offsets
        self.count = count
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: source.bytes[range]) }
    var offsetBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: source.bytes[offsets]) }

    /// Every record. The snapshot's checksum was verified when it was opened; a record that still
    /// does not decode ends the list rather than the program.
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

    /// One record, without decoding the others (unless they already are).
    func record(_ id: String) -> Record? {
        if let all = decoded.withLock({ $0 }) { return all[id] }
        let key = Array(id.utf8)
        var low = 0, high = count - 1
        while low <= high {
            let mid = (low + high) / 2
            let offset = Int(UInt32(littleEndian: offsetBytes.loadUnaligned(fromByteOffset: mid * 4, as: UInt32.self)))
            var r = BinaryReader(bytes, at: offset)
            guard let length = try? r.u32(), let candidate = try? r.bytes(Int(length)) else { return nil }
            if candidate.elementsEqual(key) {
                var reader = BinaryReader(bytes, at: offset)
                return try? RecordCoding.decode(&reader)
            }
            if candidate.lexicographicallyPrecedes(key) { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}

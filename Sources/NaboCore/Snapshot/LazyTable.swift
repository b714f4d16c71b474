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
    /// For the visits, where their index lies in the prelude, read when first asked for.
    private let visitIndexBytes: Range<Int>?
    /// For the visits, `count` little-endian positions in listing order (`VisitListing`), after the offsets.
    let listing: Range<Int>?
    private let index = Mutex<VisitIndex?>(nil)
    private let decoded = Mutex<[String: Record]?>(nil)
    private let readable = Atomic<Bool>(false)
    private let offsetsReadable = Atomic<Bool>(false)

    init(source: SnapshotSource, range: Range<Int>, offsets: Range<Int>, count: Int, visitIndexBytes: Range<Int>? = nil, listing: Range<Int>? = nil) {
        self.source = source
        self.range = range
        self.offsets = offsets
        self.count = count
        self.visitIndexBytes = visitIndexBytes
        self.listing = listing
    }

    /// For the visits, their index as the snapshot stored it (without the visits changed since),
    /// read once, by the first to ask, its bytes checked (or opened) first. An index that fails its
    /// check or does not read is made again from the visits, not trusted.
    var visitIndex: VisitIndex? {
        guard let bytes = visitIndexBytes else { return nil }
        return index.withLock { cached in
            if let cached { return cached }
            var r = BinaryReader(UnsafeRawBufferPointer(rebasing: source.bytes[bytes]))
            let read = source.ensure(bytes) ? (try? VisitIndex(from: &r)) ?? VisitIndex(records(overlaid: [:]).values)
                : VisitIndex(records(overlaid: [:]).values)
            cached = read
            return read
        }
    }

    /// Whether the table's bytes can be read: a sealed snapshot opens them when first asked.
    func isReadable() -> Bool {
        if readable.load(ordering: .acquiring) { return true }
        guard source.ensure(range.lowerBound..<offsets.upperBound) else { return false }
        readable.store(true, ordering: .releasing)
        return true
    }

    /// Whether there is a record at `position` and it can be read, making readable only its bytes
    /// and the offsets: the home screen's latest visits at five million operations then check a few
    /// MB of the snapshot, not its 1.5 GB of visits.
    func isReadable(at position: Int) -> Bool {
        guard position >= 0, position < count else { return false }
        if readable.load(ordering: .acquiring) { return true }
        if !offsetsReadable.load(ordering: .acquiring) {
            guard source.ensure(offsets) else { return false }
            offsetsReadable.store(true, ordering: .releasing)
        }
        let start = offset(position), end = position + 1 < count ? offset(position + 1) : range.count
        guard start <= end, end <= range.count else { return false }
        return source.ensure((range.lowerBound + start)..<(range.lowerBound + end))
    }

    /// Where the record at `position` starts in `bytes`; the offsets must be readable.
    func offset(_ position: Int) -> Int {
        Int(UInt32(littleEndian: offsetBytes.loadUnaligned(fromByteOffset: position * 4, as: UInt32.self)))
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: source.bytes[range]) }
    var offsetBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: source.bytes[offsets]) }

    /// Every record, with the ones changed since the snapshot laid over. The table's bytes passed
    /// their check before they are read (`isReadable`); a record that still does not decode ends the
    /// list, not the program.
    func records(overlaid changes: [String: Record]) -> [String: Record] {
        // The cache holds the snapshot's records only: copies of a replica share this table, and
        // each lays its own changes over them.
        guard isReadable() else { return changes }
        var out = decoded.withLock { cache in
            if let cache { return cache }
            var all: [String: Record] = [:]
            all.reserveCapacity(count)
            var r = BinaryReader(bytes)
            for _ in 0..<count {
                guard let record = try? RecordCoding.decode(&r) else { break }
                all[record.id] = record
            }
            cache = all
            return all
        }
        for (id, record) in changes { out[id] = record }
        return out
    }

    /// One record as the snapshot holds it, without decoding the others.
    func record(_ id: String) -> Record? {
        // Once the whole table is decoded, a lookup is a dictionary read.
        if let listed = decoded.withLock({ cache in cache.map { $0[id] } }) { return listed }
        let key = Array(id.utf8)
        var low = 0, high = count - 1
        while low <= high {
            let mid = (low + high) / 2
            guard isReadable(at: mid) else { return nil }
            let start = offset(mid)
            var r = BinaryReader(bytes, at: start)
            guard let length = try? r.u32(), let candidate = try? r.bytes(Int(length)) else { return nil }
            if candidate.elementsEqual(key) {
                var reader = BinaryReader(bytes, at: start)
                return try? RecordCoding.decode(&reader)
            }
            if candidate.lexicographicallyPrecedes(key) { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}

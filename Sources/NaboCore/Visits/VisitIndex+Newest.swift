extension VisitIndex {
    /// The `count` newest visits, newest first, in one pass over the index: a heap keeps the newest
    /// found so far with the oldest of them on top, so most visits cost one comparison of numbers.
    /// The pass goes backwards because each device's ids grow with time: the newest come early and
    /// the rest stop at the top of the heap.
    public func newest(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        let keys = entries.map(\.sortKey)
        func isNewer(_ a: Int, than b: Int) -> Bool {
            keys[a] != keys[b] ? keys[a] > keys[b] : idPrecedes(entries[b], entries[a])
        }
        var heap: [Int] = []
        heap.reserveCapacity(count)
        for position in entries.indices.reversed() {
            if heap.count < count {
                heap.append(position)
                var child = heap.count - 1
                while child > 0, isNewer(heap[(child - 1) / 2], than: heap[child]) {
                    heap.swapAt(child, (child - 1) / 2)
                    child = (child - 1) / 2
                }
            } else if isNewer(position, than: heap[0]) {
                heap[0] = position
                var parent = 0
                while true {
                    var oldest = parent
                    let left = 2 * parent + 1, right = left + 1
                    if left < heap.count, isNewer(heap[oldest], than: heap[left]) { oldest = left }
                    if right < heap.count, isNewer(heap[oldest], than: heap[right]) { oldest = right }
                    if oldest == parent { break }
                    heap.swapAt(parent, oldest)
                    parent = oldest
                }
            }
        }
        return heap.sorted(by: isNewer)
    }

    /// Each resident's newest visit that reached them (a position), in one pass over the index: an
    /// attempt where nobody was home is not one. Found by the resident's id without a dictionary
    /// of every resident made first.
    public func newestOfEachResident() -> NewestVisits {
        var newest = [Int](repeating: -1, count: residents.ids.count)
        for (position, entry) in entries.enumerated() where !entry.isAttempt {
            for r in residentNumbers(of: entry) where newest[Int(r)] < 0 || isNewer(position, than: newest[Int(r)]) {
                newest[Int(r)] = position
            }
        }
        return NewestVisits(positions: newest, residents: residents)
    }
}

/// Each resident's newest visit, by the resident's id.
public struct NewestVisits: Sendable {
    let positions: [Int]
    let residents: Names

    public subscript(id: String) -> Int? {
        residents.number(of: id).flatMap { positions[Int($0)] < 0 ? nil : positions[Int($0)] }
    }

    /// Every resident with a visit and their newest, in no particular order.
    public var all: [String: Int] {
        var out: [String: Int] = [:]
        for (r, position) in positions.enumerated() where position >= 0 { out[residents[Int32(r)]] = position }
        return out
    }
}

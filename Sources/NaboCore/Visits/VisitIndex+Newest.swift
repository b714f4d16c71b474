extension VisitIndex {
    /// The `count` newest visits, newest first, in one pass over the index: a heap keeps the newest
    /// found so far with the oldest of them on top, so most visits cost one comparison of numbers.
    /// The pass goes backwards because each device's ids grow with time: the newest come early and
    /// the rest stop at the top of the heap.
    public func newest(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        // Keys worked out as compared rather than into an array: at five million visits that
        // array alone was 40 MB written at every start.
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
}

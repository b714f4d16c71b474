import NaboCore

extension Replica {
    /// This replica written as a snapshot and opened again from those bytes in memory: what a
    /// laptop reads at its next start.
    /// `damage` changes the bytes first, as a disk might.
    public func throughSnapshot(damage: (inout [UInt8]) -> Void = { _ in }) throws -> Replica {
        var bytes: [UInt8] = []
        guard let prelude = snapshotTables(flush: { bytes += $0 }) else { throw SnapshotFailed() }
        bytes.replaceSubrange(0..<prelude.count, with: prelude)
        bytes += snapshotVisitIndex()
        damage(&bytes)
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
        memory.copyBytes(from: bytes)
        let source = SnapshotSource(bytes: UnsafeRawBufferPointer(memory)) { memory.deallocate() }
        return try Replica(snapshot: source, at: 0)
    }

    public struct SnapshotFailed: Error {}
}

/// Records visited one at a time, for exports that write as they read: a place (`RecordPlace`)
/// found in a first pass fetches the record again in the second without a search and without the
/// whole table decoded and held.
extension Replica {
    /// Where a record is: its position in the snapshot's table, or its id (looked up, among the
    /// records changed since first).
    public enum RecordPlace: Hashable, Sendable {
        case snapshot(Int)
        case id(String)
    }

    /// Every record of `type` (deleted ones too), each with its place; in no particular order.
    public func forEachRecord<E: Error>(_ type: String, _ body: (RecordPlace, Record) throws(E) -> Void) throws(E) {
        let changes = tables[type] ?? [:]
        if let lazy = lazyTables[type] {
            try lazy.forEach(skipping: changes) { (position, record) throws(E) in try body(.snapshot(position), record) }
        }
        for (id, record) in changes { try body(.id(id), record) }
    }

    /// The record at a place `forEachRecord` gave.
    public func record(_ type: String, at place: RecordPlace) -> Record? {
        switch place {
        case .snapshot(let position): lazyTables[type]?.record(at: position)
        case .id(let id): record(type, id)
        }
    }

    /// Gives back the memory of the snapshot's bytes read so far; they are read again from the
    /// file if asked for. An export calls it as it goes, so its memory stays that of what it writes.
    public func forgetSnapshotPages() {
        var seen = Set<ObjectIdentifier>()
        for table in lazyTables.values where seen.insert(ObjectIdentifier(table.source)).inserted { table.source.forgetPages() }
    }
}

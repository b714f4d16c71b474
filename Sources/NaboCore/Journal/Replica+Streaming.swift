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
    /// With `fields`, a record from the snapshot holds only those fields (and its deletion): a pass
    /// that reads a field or two of every resident does not decode the rest.
    public func forEachRecord<E: Error>(_ type: String, fields: [String]? = nil, _ body: (RecordPlace, Record) throws(E) -> Void) throws(E) {
        let changes = tables[type] ?? [:]
        if let lazy = lazyTables[type] {
            let names = fields.map { $0.map { Array($0.utf8) } }
            try lazy.forEach(skipping: changes, fields: names) { (position, record) throws(E) in try body(.snapshot(position), record) }
        }
        for (id, record) in changes { try body(.id(id), record) }
    }

    /// The same walk with the snapshot's records read where they lie (`raw`), only the records
    /// changed since it was written decoded (`decoded`): a first pass that needs a field or two.
    public func forEachRecord<E: Error>(_ type: String, raw: (RecordPlace, RawRecord) throws(E) -> Void,
                                        decoded: (RecordPlace, Record) throws(E) -> Void) throws(E) {
        let changes = tables[type] ?? [:]
        if let lazy = lazyTables[type] {
            try lazy.forEachRaw(skipping: changes) { (position, record) throws(E) in try raw(.snapshot(position), record) }
        }
        for (id, record) in changes { try decoded(.id(id), record) }
    }

    /// Writes the record at a place as `RecordJSON` does; a record in the snapshot is read where it
    /// lies into `raw` (kept by the caller for its room) and its values' text copied. False if none is there.
    public func writeJSON(_ type: EntityType, at place: RecordPlace, raw: inout RawRecord, into w: inout JSONWriter) -> Bool {
        if case .snapshot(let position) = place, let table = lazyTables[type.rawValue] {
            guard table.read(at: position, into: &raw) else { return false }
            RecordJSON.write(raw, type, into: &w)
            return true
        }
        guard let record = record(type.rawValue, at: place) else { return false }
        w.object(RecordJSON.pairs(record, type))
        return true
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

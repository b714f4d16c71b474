/// The order `nabo list visits` lists visits in: by the local day and minute their stored date
/// reads (undated first, a day without a time before its times), then by id in the snapshot's id
/// order (`IDOrder`). One rule for the listing, the order the snapshot stores with its visits
/// (`order`) and the export that streams in that order (`Replica.forEachVisitListed`).
public enum VisitListing {
    /// Where a visit sorts before its id; `Int.min` when its date does not read.
    public static func key(dateUTF8 text: (some Sequence<UInt8>)?) -> Int {
        guard let text, let day = DateBytes.date(utf8: text) else { return .min }
        return day.dayNumber * 1441 + (DateBytes.minutes(utf8: text) ?? -1) + 1
    }

    public static func key(_ visit: Record) -> Int { key(dateUTF8: visit.string("date")?.utf8) }

    static let date = Array("date".utf8)

    /// Whether the visit keyed `a` with id `idA` lists before the one keyed `b` with id bytes `idB`.
    static func precedes(_ a: Int, _ idA: String, _ b: Int, _ idB: UnsafeRawBufferPointer) -> Bool {
        a != b ? a < b : IDOrder.compare(idA, idB) < 0
    }

    /// A visits table's positions in listing order, from each position's key (`key`): ties by
    /// position are ties by id, since the table is in id order.
    static func order(_ keys: [Int]) -> [UInt32] {
        var keyed = keys.enumerated().map { (key: $0.element, position: UInt32($0.offset)) }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position }
        return keyed.map(\.position)
    }
}

extension Replica {
    /// Every visit's place in listing order (`VisitListing`), deleted ones too with `deleted`: the
    /// snapshot's visits in the order it stores, the ones changed since (few) sorted and merged in.
    /// An export of every visit then holds no list of them: at two million operations the places and
    /// keys alone were 150 MB.
    public func forEachVisitListed(deleted: Bool, _ body: (RecordPlace) -> Void) {
        let changes = tables[EntityType.visit.rawValue] ?? [:]
        let changed = changes.values.filter { deleted || !$0.isDeleted }.map { (key: VisitListing.key($0), id: $0.id) }
            .sorted { a, b in a.key != b.key ? a.key < b.key : IDOrder.precedes(a.id, b.id) }
        var next = 0
        if let table = lazyTables[EntityType.visit.rawValue] {
            var raw = RawRecord()
            table.forEachListed { position in
                guard table.read(at: position, into: &raw) else { return false }
                if !changes.isEmpty, changes[String(decoding: raw.id, as: UTF8.self)] != nil { return true }
                guard deleted || !raw.isDeleted else { return true }
                let key = VisitListing.key(dateUTF8: raw.text(VisitListing.date))
                while next < changed.count, VisitListing.precedes(changed[next].key, changed[next].id, key, raw.id) {
                    body(.id(changed[next].id))
                    next += 1
                }
                body(.snapshot(position))
                return true
            }
        }
        for rest in changed[next...] { body(.id(rest.id)) }
    }
}

/// Concurrent edits that the fold kept side by side: both values stay readable, one shows, and a
/// coordinator settles it by writing the value that should stand.
public struct Conflict: Equatable, Sendable {
    public var type: String
    public var id: String
    /// The field, or nil when a record was edited on one device while deleted on another.
    public var field: String?
    public var values: [Alternative]

    public struct Alternative: Equatable, Sendable {
        public var value: JSONValue
        public var author: String?
        public var op: OpID
        public var clock: HLC
    }
}

public enum Conflicts {
    public static func all(in replica: Replica) -> [Conflict] {
        var out: [Conflict] = []
        for type in replica.types {
            for record in replica.records(type) {
                out += of(record, type: type, in: replica)
            }
        }
        return out.sorted { ($0.type, $0.id, $0.field ?? "") < ($1.type, $1.id, $1.field ?? "") }
    }

    /// Whether a record holds any conflict, without listing them: what a sync counts.
    public static func any(_ record: Record) -> Bool {
        if let d = record.deletion, d.deleted {
            let seen = Set(d.saw)
            return record.registers.contains { r in !seen.contains(r.winner.version.ref) || r.others.contains { !seen.contains($0.version.ref) } }
        }
        return record.registers.contains(where: \.hasConflict)
    }

    /// Fields in name order and values newest first, so `1` and `2` pick the same value on every
    /// laptop whatever order it read the journals in.
    public static func of(_ record: Record, type: String, in replica: Replica) -> [Conflict] {
        // Nearly every record has none; a sync asks this of every record it touched.
        guard record.isDeleted || record.registers.contains(where: \.hasConflict) else { return [] }
        var out: [Conflict] = []
        func alt(_ h: Head) -> Conflict.Alternative {
            Conflict.Alternative(value: h.value, author: replica.author(of: h.version), op: replica.opID(h.version), clock: h.version.clock)
        }
        let devices = replica.devices
        func newestFirst(_ heads: [Head]) -> [Head] {
            heads.count < 2 ? heads : heads.sorted { devices.isNewer($0.version, than: $1.version) }
        }
        if let d = record.deletion, d.deleted {
            let seen = Set(d.saw)
            let unseen = record.registers.flatMap { [$0.winner] + $0.others }.filter { !seen.contains($0.version.ref) }
            if !unseen.isEmpty {
                out.append(Conflict(type: type, id: record.id, field: nil, values: newestFirst(unseen).map(alt)))
            }
            return out
        }
        for r in record.registers.sorted(by: { $0.field < $1.field }) where r.hasConflict {
            out.append(Conflict(type: type, id: record.id, field: r.field, values: ([r.winner] + newestFirst(r.others)).map(alt)))
        }
        return out
    }
}

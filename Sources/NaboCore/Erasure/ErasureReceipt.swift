/// What stays of an erasure: who erased, when, why and how much, and never whom. The erased
/// records' ids are kept only as keyed hashes (`KeyedHash`), so that a line about them arriving
/// later (a stale stick, a laptop away for a month) is known and dropped, while the receipt alone
/// names nobody. It is a journal line of its own type, travels by sync as any change does, and no
/// command edits, deletes or undoes it: an erasure cannot be undone.
public struct ErasureReceipt: Sendable, Equatable {
    /// The type of its journal lines; not an `EntityType`, so no command can address one.
    public static let type = "erasure"

    public var id: OpID
    public var by: String
    /// Milliseconds since 1970 UTC, by the erasing laptop's wall clock.
    public var at: Int64
    public var reason: String
    /// Records erased, by kind (`resident`, `visit`, ...).
    public var erased: [String: Int]
    /// Records kept without the person, by kind.
    public var shared: [String: Int]
    /// Other records whose free text still held the name or phone when it was erased.
    public var textLeft: Int
    /// Keyed hashes of every erased record's id, sorted.
    public var ids: [String]
    /// A keyed hash of the person's name and unit, for an import to recognise them (`personKey`).
    public var person: String
    /// The last operation of each device the erasing laptop had seen: an operation about the person
    /// beyond it was made without knowing of the erasure, and is reported when dropped.
    public var seen: [String: UInt32]

    public init(id: OpID, by: String, at: Int64, reason: String, erased: [String: Int], shared: [String: Int], textLeft: Int,
                ids: [String], person: String, seen: [String: UInt32]) {
        self.id = id
        self.by = by
        self.at = at
        self.reason = reason
        self.erased = erased
        self.shared = shared
        self.textLeft = textLeft
        self.ids = ids
        self.person = person
        self.seen = seen
    }

    /// The receipt for erasing `scope`, as the operation `id` at `clock`.
    public init(_ scope: ErasureScope, name: String, unit: String?, reason: String, textLeft: Int, seen: [String: UInt32],
                id: OpID, context: Context, hash: KeyedHash) {
        self.init(id: id, by: context.author, at: context.now, reason: reason, erased: scope.erasedCounts, shared: scope.sharedCounts,
                  textLeft: textLeft, ids: scope.erased.map { hash($0.id) }.sorted(), person: Self.personKey(name: name, unit: unit, hash: hash),
                  seen: seen)
    }

    /// Name and unit as an office sheet gives them again: case, spacing and the order of the
    /// name's words do not matter ("Nordmann, Kari" and "kari  nordmann" are one person).
    public static func personKey(name: String, unit: String?, hash: KeyedHash) -> String {
        let words = name.lowercased().split { $0 == " " || $0 == "," || $0 == "\t" }.sorted()
        return hash("person\u{0}" + words.joined(separator: " ") + "\u{0}" + (unit ?? ""))
    }

    public func op(clock: HLC) -> Op {
        Op(id: id, clock: clock, wall: at, author: by, type: Self.type, entity: id.description, writes: [
            FieldWrite("by", .string(by)),
            FieldWrite("at", .int(Int(at))),
            FieldWrite("reason", .string(reason)),
            FieldWrite("erased", .object(erased.mapValues { .int($0) })),
            FieldWrite("shared", .object(shared.mapValues { .int($0) })),
            FieldWrite("textLeft", .int(textLeft)),
            FieldWrite("ids", .array(ids.map { .string($0) })),
            FieldWrite("person", .string(person)),
            FieldWrite("seen", .object(seen.mapValues { .int(Int($0)) })),
        ])
    }

    /// Every receipt the replica holds, in the order of their ids.
    public static func all(in replica: Replica) -> [ErasureReceipt] {
        replica.records(type).compactMap { record in
            guard let id = OpID(record.id) else { return nil }
            func counts(_ field: String) -> [String: Int] { (record[field]?.object ?? [:]).compactMapValues(\.int) }
            return ErasureReceipt(id: id, by: record.string("by") ?? "", at: Int64(record["at"]?.int ?? 0), reason: record.string("reason") ?? "",
                                  erased: counts("erased"), shared: counts("shared"), textLeft: record["textLeft"]?.int ?? 0,
                                  ids: (record["ids"]?.array ?? []).compactMap(\.string), person: record.string("person") ?? "",
                                  seen: counts("seen").mapValues { UInt32(clamping: $0) })
        }.sorted { $0.id < $1.id }
    }
}

/// A keyed hash of a text (HMAC-SHA256 in the store, with a key the store holds): the core decides
/// what is hashed, the store how.
public typealias KeyedHash = @Sendable (String) -> String

/// A record as scripts see it: `id`, then every field of its type in schema order (null when empty,
/// sets as sorted arrays), then any field a newer version wrote, passed on as it is.
public enum RecordJSON {
    public static func pairs(_ record: Record, _ type: EntityType) -> [(String, JSONValue)] {
        var out: [(String, JSONValue)] = [("id", .string(record.id))]
        let specs = Schema.fields(type)
        for spec in specs {
            if spec.isSet {
                out.append((spec.name, .array(record.members(spec.name).sorted().map { .string($0) })))
            } else {
                out.append((spec.name, record[spec.name] ?? .null))
            }
        }
        let known = Set(specs.map(\.name))
        for r in record.registers where !known.contains(r.field) { out.append((r.field, r.winner.value)) }
        let conflicted = record.registers.filter(\.hasConflict).map(\.field)
        if !conflicted.isEmpty { out.append(("conflicts", .array(conflicted.map { .string($0) }))) }
        return out
    }

    public static func object(_ record: Record, _ type: EntityType) -> JSONValue {
        .object(Dictionary(pairs(record, type), uniquingKeysWith: { a, _ in a }))
    }
}

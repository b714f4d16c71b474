/// A record as scripts see it: `id`, then every field of its type in schema order (null when empty,
/// sets as sorted arrays), then any field a newer version wrote, passed on as it is.
public enum RecordJSON {
    public static func pairs(_ record: Record, _ type: EntityType) -> [(String, JSONValue)] {
        let (specs, known) = schema[type]!
        var out: [(String, JSONValue)] = [("id", .string(record.id))]
        out.reserveCapacity(specs.count + 2)
        for spec in specs {
            if spec.isSet {
                out.append((spec.name, .array(record.members(spec.name).sorted().map { .string($0) })))
            } else {
                out.append((spec.name, record[spec.name] ?? .null))
            }
        }
        for r in record.registers where !known.contains(r.field) { out.append((r.field, r.winner.value)) }
        let conflicted = record.registers.filter(\.hasConflict).map(\.field)
        if !conflicted.isEmpty { out.append(("conflicts", .array(conflicted.map { .string($0) }))) }
        return out
    }

    /// Each type's fields and their names, made once: an export asks for them half a million times.
    private static let schema: [EntityType: (specs: [FieldSpec], names: Set<String>)] = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { type in
        let specs = Schema.fields(type)
        return (type, (specs, Set(specs.map(\.name))))
    })

    public static func object(_ record: Record, _ type: EntityType) -> JSONValue {
        .object(Dictionary(pairs(record, type), uniquingKeysWith: { a, _ in a }))
    }
}

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

    /// The object `pairs` gives, as `JSONWriter.object` writes it, from a record read where it lies
    /// in the snapshot: each value's JSON text is copied out, not decoded and written again. (The
    /// snapshot keeps the text `JSONWriter` wrote, and parsing and writing it again gives the same.)
    public static func write(_ raw: RawRecord, _ type: EntityType, into w: inout JSONWriter) {
        let fields = rawSchema[type]!
        w.raw("{\"id\":")
        w.string(utf8: raw.id)
        for field in fields {
            field.key.withUnsafeBytes { w.json($0) }
            guard field.isSet else {
                if let json = raw.json(field.name) { w.json(json) } else { w.raw("null") }
                continue
            }
            let present = raw.elements(field.name).filter(\.present)
            w.byte(UInt8(ascii: "["))
            if present.count == 1 {
                w.string(utf8: present[0].value)
            } else {
                for (i, member) in present.map({ String(decoding: $0.value, as: UTF8.self) }).sorted().enumerated() {
                    if i > 0 { w.byte(UInt8(ascii: ",")) }
                    w.string(member)
                }
            }
            w.byte(UInt8(ascii: "]"))
        }
        let isKnown = { (name: UnsafeRawBufferPointer) in fields.contains { $0.name.elementsEqual(name) } }
        for r in raw.registers where !isKnown(r.field) {
            w.byte(UInt8(ascii: ","))
            w.string(utf8: r.field)
            w.byte(UInt8(ascii: ":"))
            w.json(r.json)
        }
        if raw.registers.contains(where: \.conflicted) {
            w.raw(",\"conflicts\":[")
            for (i, r) in raw.registers.filter(\.conflicted).enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                w.string(utf8: r.field)
            }
            w.byte(UInt8(ascii: "]"))
        }
        w.byte(UInt8(ascii: "}"))
    }

    /// Each type's fields as bytes for `write`: the name, and `,"name":` as written before its value.
    private static let rawSchema: [EntityType: [RawField]] = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { type in
        (type, Schema.fields(type).map { spec in
            var key = JSONWriter()
            key.byte(UInt8(ascii: ","))
            key.string(spec.name)
            key.byte(UInt8(ascii: ":"))
            return RawField(name: Array(spec.name.utf8), key: key.bytes, isSet: spec.isSet)
        })
    })

    private struct RawField {
        let name: [UInt8], key: [UInt8], isSet: Bool
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

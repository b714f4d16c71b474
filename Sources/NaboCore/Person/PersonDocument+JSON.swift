/// The document as JSON for a program: stored values (other residents replaced by the words for
/// them), each change with its UTC time, and the statements of a survey in words.
extension PersonDocument {
    /// In the document's order, for a person reading the file: who, when, then the sections.
    public var jsonPairs: [(String, JSONValue)] {
        [("id", .string(id)), ("name", .string(name)), ("made", .string(made.iso)), ("language", .string(language.rawValue))]
            + sections.map { ($0.key, .array($0.entries.map(Self.entry))) }
    }

    public var json: JSONValue { .object(Dictionary(jsonPairs, uniquingKeysWith: { a, _ in a })) }

    static func entry(_ entry: Entry) -> JSONValue {
        var out: [String: JSONValue] = ["type": .string(entry.ref.type.rawValue), "id": .string(entry.ref.id),
                                        "fields": .object(Dictionary(entry.values.map { ($0.field, $0.raw) }, uniquingKeysWith: { a, _ in a })),
                                        "changes": .array(entry.versions.map(version))]
        if entry.deleted { out["deleted"] = .bool(true) }
        if !entry.details.isEmpty {
            let statements = entry.details.filter { $0.field == "statement" }.map(\.raw)
            let notices = entry.details.filter { $0.field == "notice" }.map(\.raw)
            if !statements.isEmpty { out["statements"] = .array(statements) }
            for flag in entry.details where flag.raw.bool != nil { out[flag.field] = flag.raw }
            if entry.ref.type == .dugnad { out["notices"] = .array(notices) }
        }
        return .object(out)
    }

    static func version(_ version: Version) -> JSONValue {
        var out: [String: JSONValue] = ["at": .string(UTCStamp.iso(milliseconds: version.millis)), "by": .string(version.author)]
        if !version.set.isEmpty { out["set"] = .object(Dictionary(version.set.map { ($0.field, $0.raw) }, uniquingKeysWith: { _, b in b })) }
        if !version.added.isEmpty { out["add"] = .array(version.added.map(element)) }
        if !version.removed.isEmpty { out["remove"] = .array(version.removed.map(element)) }
        if let deleted = version.deleted { out[deleted ? "deleted" : "restored"] = .bool(true) }
        return .object(out)
    }

    /// A set's added or removed element as `nabo history --json` writes it: the field, then the value.
    static func element(_ value: Value) -> JSONValue {
        let raw = value.raw.array?.first ?? value.raw
        return .string(value.field + " " + (raw.string ?? raw.jsonText))
    }
}

/// Free text is never rewritten by an erasure: a note naming the person stays as written. Before
/// erasing, the worker is shown the other records whose text holds the person's name or phone, to
/// edit first; the receipt counts what was left.
public struct TextMention: Sendable, Equatable, Comparable {
    public var record: RecordRef
    public var field: String

    public init(_ record: RecordRef, _ field: String) {
        self.record = record
        self.field = field
    }

    public static func < (a: TextMention, b: TextMention) -> Bool { (a.record, a.field) < (b.record, b.field) }

    /// Every text field of a live record outside `erased` that holds the name (any case) or the
    /// phone (its last eight digits, however spaced).
    public static func find(name: String, phone: String?, in replica: Replica, except erased: Set<RecordRef>) -> [TextMention] {
        let needle = name.trimmingWhitespace().lowercased()
        let digits = String((phone ?? "").filter(\.isASCIIDigit).suffix(8))
        guard needle.count >= 2 || digits.count >= 5 else { return [] }
        var out: [TextMention] = []
        for type in EntityType.allCases {
            let fields = Schema.fields(type).filter { [.text, .longText, .textList, .json].contains($0.kind) }
            for record in replica.records(type.rawValue) where !record.isDeleted && !erased.contains(RecordRef(type, record.id)) {
                for field in fields {
                    guard let value = record[field.name] else { continue }
                    let text = value.strings.joined(separator: "\n")
                    let lower = text.lowercased()
                    let packed = String(text.filter { !" .-".contains($0) })
                    if (needle.count >= 2 && lower.contains(needle)) || (digits.count >= 5 && packed.contains(digits)) {
                        out.append(TextMention(RecordRef(type, record.id), field.name))
                    }
                }
            }
        }
        return out.sorted()
    }
}

extension JSONValue {
    /// Every string inside the value.
    public var strings: [String] {
        switch self {
        case .string(let s): [s]
        case .array(let a): a.flatMap(\.strings)
        case .object(let o): o.values.flatMap(\.strings)
        default: []
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

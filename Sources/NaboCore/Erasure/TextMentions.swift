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
        find([(name, phone)], in: replica, except: erased)[0]
    }

    /// The same for many people in one pass over the records: a text is checked only against the
    /// people whose name begins with one of its words or whose phone is one of its digit runs.
    public static func find(_ people: [(name: String, phone: String?)], in replica: Replica, except erased: Set<RecordRef>) -> [[TextMention]] {
        var byWord: [Substring: [(Int, String)]] = [:]
        var byDigits: [String: [Int]] = [:]
        for (i, p) in people.enumerated() {
            let name = p.name.lowercased()
            if name.count >= 2, let first = Self.words(name).first { byWord[first, default: []].append((i, name)) }
            let digits = String((p.phone ?? "").filter(\.isASCIIDigit).suffix(8))
            if digits.count >= 5 { byDigits[digits, default: []].append(i) }
        }
        let lengths = Set(byDigits.keys.map(\.count))
        var out = Array(repeating: [TextMention](), count: people.count)
        for type in EntityType.allCases {
            let fields = Schema.fields(type).filter { [.text, .longText, .textList, .json].contains($0.kind) }
            guard !fields.isEmpty else { continue }
            for record in replica.records(type.rawValue) where !record.isDeleted && !erased.contains(RecordRef(type, record.id)) {
                for field in fields {
                    guard let value = record[field.name] else { continue }
                    var found = Set<Int>()
                    for text in value.strings {
                        let lower = text.lowercased()
                        for word in Self.words(lower) {
                            for (i, name) in byWord[word] ?? [] where lower.contains(name) { found.insert(i) }
                        }
                        if !lengths.isEmpty {
                            let packed = Array(text.filter { !" .-".contains($0) })
                            for n in lengths where packed.count >= n {
                                for start in 0...(packed.count - n) {
                                    guard packed[start].isASCIIDigit, let hit = byDigits[String(packed[start..<(start + n)])] else { continue }
                                    found.formUnion(hit)
                                }
                            }
                        }
                    }
                    for i in found { out[i].append(TextMention(RecordRef(type, record.id), field.name)) }
                }
            }
        }
        return out.map { $0.sorted() }
    }

    static func words(_ text: String) -> [Substring] {
        text.split { !$0.isLetter && !$0.isNumber }
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

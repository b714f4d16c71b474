/// What a field holds, which decides how typed text is read and checked.
public enum FieldKind: Equatable, Sendable {
    case text
    case longText
    case date
    /// A date, optionally with a time; stored with its UTC offset.
    case dateTime
    case count
    case flag
    case choice([String])
    case reference(EntityType)
    /// A set of references changed by additions and removals.
    case references(EntityType)
    case textList
    case phone
    case hNumber
    case postcode
    case letter
    case json
}

public struct FieldSpec: Equatable, Sendable {
    public var name: String
    public var kind: FieldKind
    public var required: Bool
    /// Another flag that means the same (`--resident` adds to `residents`).
    public var alias: String?
    public var defaultValue: JSONValue?

    public init(_ name: String, _ kind: FieldKind, required: Bool = false, alias: String? = nil, default defaultValue: JSONValue? = nil) {
        self.name = name
        self.kind = kind
        self.required = required
        self.alias = alias
        self.defaultValue = defaultValue
    }

    public var isSet: Bool {
        if case .references = kind { return true }
        return false
    }

    /// The ids a set field's text lists, separated by commas or semicolons ("ID;ID", as an office
    /// writes a list of addresses), without spaces or empty ones.
    public func members(of text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { String(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }
    }
}

/// Text with `{name}` placeholders, filled from named values. A brace not followed by a name and a
/// closing brace is kept as written; a name the caller does not offer is an error naming it, so a
/// typo in a user's template is caught before a notice goes up with `{tittel}` printed on it.
public struct Template: Equatable, Sendable {
    public var text: String
    /// Where the template came from, for messages: a file path, or "built-in".
    public var source: String

    public init(_ text: String, source: String) {
        self.text = text
        self.source = source
    }

    public func fill(_ values: [String: String]) throws(Message) -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            guard !name.isEmpty, after.dropFirst(name.count).first == "}" else {
                out.append("{")
                rest = after
                continue
            }
            guard let value = values[String(name)] else {
                let known = values.keys.sorted().map { "{\($0)}" }.joined(separator: ", ")
                throw Message(nb: "Malen \(source) bruker en ukjent plassholder {\(name)}. Disse finnes: \(known).",
                              en: "The template \(source) uses an unknown placeholder {\(name)}. These exist: \(known).")
            }
            out += value
            rest = after.dropFirst(name.count + 1)
        }
        return out + rest
    }
}

/// Text with `{name}` placeholders, filled from named values. A brace not followed by a name and a
/// closing brace is kept as written; a name the caller does not offer is an error naming it, so a
/// typo in a user's template is caught before a notice goes up with `{tittel}` printed on it. A line
/// whose placeholders are all empty is left out, so "Mat: {food}" vanishes when there is no food.
public struct Template: Equatable, Sendable {
    public var text: String
    /// Where the template came from, for messages: a file path, or "built-in".
    public var source: String

    public init(_ text: String, source: String) {
        self.text = text
        self.source = source
    }

    public func fill(_ values: [String: String]) throws(Message) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let (filled, placeholders, empty) = try fill(line, values)
            if placeholders == 0 || empty < placeholders { lines.append(filled) }
        }
        return lines.joined(separator: "\n")
    }

    /// One line filled, with how many placeholders it held and how many of them were empty.
    func fill(_ line: Substring, _ values: [String: String]) throws(Message) -> (String, Int, Int) {
        var out = ""
        var placeholders = 0, empty = 0
        var rest = line
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
            placeholders += 1
            if value.isEmpty { empty += 1 }
            out += value
            rest = after.dropFirst(name.count + 1)
        }
        return (out + rest, placeholders, empty)
    }
}

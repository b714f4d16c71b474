/// Text placed in Markdown tables: a pipe would end the cell and a line break the row.
enum Markdown {
    static func cell(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}

extension Markdown {
    static let special = Set("\\`*_[]<>#|!".utf8)

    /// Free text as Markdown reads it literally: what a worker wrote (`*`, `#`, `<b>`, a link) must
    /// not turn into emphasis, a heading, HTML or a link when the document is shown.
    static func literal(_ s: String) -> String {
        // Most texts hold none of these: a report of a city writes tens of thousands of cells.
        guard s.utf8.contains(where: { Self.special.contains($0) }) else { return s }
        var out = ""
        for c in s {
            if "\\`*_[]<>#|!".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

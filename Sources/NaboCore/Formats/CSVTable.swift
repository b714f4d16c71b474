/// A table written as RFC 4180 CSV: CRLF after every record, a field quoted when it holds the
/// separator, a quote or a line break, with quotes doubled. Some columns are always quoted: a phone
/// number in `+47` form, which a spreadsheet would otherwise read as a number and strip of its plus.
public struct CSVTable: Equatable, Sendable {
    public var header: [String]
    public var rows: [[String]]
    public var alwaysQuoted: Set<Int>

    public init(header: [String], rows: [[String]], alwaysQuoted: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.alwaysQuoted = alwaysQuoted
    }

    public func text(_ dialect: CSVDialect) -> String {
        var out = dialect.byteOrderMark ? "\u{FEFF}" : ""
        for (n, row) in ([header] + rows).enumerated() {
            let fields = row.enumerated().map { i, f in
                Self.field(f, separator: dialect.separator, quote: n > 0 && alwaysQuoted.contains(i))
            }
            out += fields.joined(separator: String(dialect.separator)) + "\r\n"
        }
        return out
    }

    static func field(_ s: String, separator: Character, quote: Bool) -> String {
        let needs = quote || s.unicodeScalars.contains { $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || s.contains(separator)
        guard needs else { return s }
        var q = "\""
        for c in s.unicodeScalars {
            if c == "\"" { q += "\"\"" } else { q.unicodeScalars.append(c) }
        }
        return q + "\""
    }
}

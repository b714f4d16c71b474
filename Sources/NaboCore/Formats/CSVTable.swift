/// A table written as RFC 4180 CSV: CRLF after every record, a field quoted when it holds the
/// separator, a quote or a line break, with quotes doubled. Some columns are always quoted: a phone
/// number in `+47` form, which a spreadsheet would otherwise read as a number and strip of its plus.
/// A text cell a spreadsheet would take for a formula gets a leading `'` (see `defused`).
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
        var out = Self.start(dialect) + line(header, isHeader: true, dialect)
        for row in rows { out += line(row, isHeader: false, dialect) }
        return out
    }

    /// What comes before the first line: the byte order mark, if the dialect has one.
    public static func start(_ dialect: CSVDialect) -> String { dialect.byteOrderMark ? "\u{FEFF}" : "" }

    /// One record of the table with its CRLF, as `text` writes it: an export that writes its rows
    /// as it makes them calls it once a row, with this table's header and `alwaysQuoted`.
    public func line(_ row: [String], isHeader: Bool, _ dialect: CSVDialect) -> String {
        let fields = row.enumerated().map { i, f in
            // The always-quoted columns are validated phone numbers, which begin with `+` by design.
            let quoted = !isHeader && alwaysQuoted.contains(i)
            return Self.field(quoted ? f : Self.defused(f), separator: dialect.separator, quote: quoted)
        }
        return fields.joined(separator: String(dialect.separator)) + "\r\n"
    }

    /// A cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel and
    /// LibreOffice (`=HYPERLINK(...)` in a measure's title would run on opening), so it is written
    /// with a leading `'`, which the spreadsheet shows as text; a number (`-3`, `+1,5`) stays a number,
    /// and so does a lone `-` or `+`, which no spreadsheet takes for a formula.
    /// `nabo import` strips the `'` again, so a round trip is exact.
    public static func defused(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        let number = s.dropFirst()
        if number.isEmpty, first == "-" || first == "+" { return s }
        if !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }), number.contains(where: \.isNumber),
           first == "-" || first == "+" { return s }
        return "'" + s
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

/// Reads a CSV file as Norwegian spreadsheets save it into rows of text cells: `;`, `,` or a tab
/// between fields (found from the first row), a byte order mark or none, UTF-8 or Windows-1252
/// (bytes that are not UTF-8 are Windows-1252, as Excel writes "CSV (semikolondelt)"), quoted
/// fields with doubled quotes and line breaks inside, CRLF, LF or CR after a row. Rows are numbered
/// as the spreadsheet numbers them: a cell with a line break in it is still one row. The file is
/// someone else's, so everything is bounded and anything that is not a sheet is refused in words.
public enum CSVReader {
    public struct Limits: Sendable {
        public var rows: Int
        public var columns: Int
        public var cellBytes: Int

        public init(rows: Int = 50_000, columns: Int = 200, cellBytes: Int = 10_000) {
            self.rows = rows
            self.columns = columns
            self.cellBytes = cellBytes
        }
    }

    /// The rows, the header among them, each cell as written; rows with nothing in them are kept
    /// (as empty arrays) so that row numbers stay the spreadsheet's. The dialect is the file's, for
    /// writing a file the same spreadsheet opens the same way.
    public static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws(Message) -> (rows: [[String]], dialect: CSVDialect) {
        try refuseNonText(bytes)
        let text = decoded(bytes)
        let scalars = Array(text.unicodeScalars)
        let separator = self.separator(scalars)
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var cellBytes = 0
        var quoted = false
        var quoteRow = 0
        var i = 0
        func endCell() throws(Message) {
            guard row.count < limits.columns else {
                throw Message(nb: "Rad \(rows.count + 1) har mer enn \(limits.columns) kolonner; det er ikke et ark Nabo kan lese.",
                              en: "Row \(rows.count + 1) has more than \(limits.columns) columns; it is not a sheet Nabo can read.")
            }
            row.append(String(cell))
            cell = String.UnicodeScalarView()
            cellBytes = 0
        }
        func endRow() throws(Message) {
            try endCell()
            guard rows.count < limits.rows else {
                throw Message(nb: "Arket har mer enn \(limits.rows) rader. Del det opp og importer delene hver for seg.",
                              en: "The sheet has more than \(limits.rows) rows. Split it and import the parts one by one.")
            }
            rows.append(row.allSatisfy { $0.isEmpty } ? [] : row)
            row = []
        }
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if quoted {
                if c == "\"" {
                    if i < scalars.count, scalars[i] == "\"" { cell.append("\""); i += 1 } else { quoted = false }
                } else {
                    cell.append(c)
                    cellBytes += 1
                }
            } else if c == "\"", cell.isEmpty {
                quoted = true
                quoteRow = rows.count + 1
            } else if c == separator {
                try endCell()
            } else if c == "\r" || c == "\n" {
                if c == "\r", i < scalars.count, scalars[i] == "\n" { i += 1 }
                try endRow()
            } else {
                // A quote inside a cell that did not begin with one is a character, as spreadsheets take it.
                cell.append(c)
                cellBytes += 1
            }
            if cellBytes > limits.cellBytes {
                throw Message(nb: "Rad \(rows.count + 1) har en celle med mer enn \(limits.cellBytes) tegn; det er ikke et ark Nabo kan lese.",
                              en: "Row \(rows.count + 1) has a cell of more than \(limits.cellBytes) characters; it is not a sheet Nabo can read.")
            }
        }
        if quoted {
            throw Message(nb: "Rad \(quoteRow): et anførselstegn (\") åpner en celle som aldri lukkes. Rett arket og prøv igjen.",
                          en: "Row \(quoteRow): a quote (\") opens a cell that is never closed. Correct the sheet and try again.")
        }
        if !cell.isEmpty || !row.isEmpty { try endRow() }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return (rows, CSVDialect(separator: Character(separator), byteOrderMark: bytes.starts(with: [0xEF, 0xBB, 0xBF])))
    }

    /// A zip file (an .xlsx), or bytes with NUL or other control characters no text file holds.
    static func refuseNonText(_ bytes: [UInt8]) throws(Message) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw Message(nb: "Filen er et Excel-ark (.xlsx), ikke CSV.", en: "The file is an Excel workbook (.xlsx), not CSV.")
        }
        let strange = bytes.prefix(1 << 16).filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }.count
        if strange > 0 {
            throw Message(nb: "Filen er ikke et regneark i tekstform (CSV): den inneholder binære data. Lagre arket som CSV og prøv igjen.",
                          en: "The file is not a spreadsheet saved as text (CSV): it holds binary data. Save the sheet as CSV and try again.")
        }
    }

    /// UTF-8 when every byte sequence is UTF-8, else Windows-1252; a byte order mark is dropped.
    static func decoded(_ bytes: [UInt8]) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let utf8 = String(validating: body, as: UTF8.self) { return utf8 }
        var s = String.UnicodeScalarView()
        for b in body { s.append(windows1252(b)) }
        return String(s)
    }

    /// Windows-1252 is Latin-1 but for 0x80–0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ;
    /// its five unused bytes stay the C1 code points, as the WHATWG encoding standard reads them.
    static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        guard b >= 0x80, b < 0xA0 else { return Unicode.Scalar(b) }
        let high: [UInt32] = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
                              0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]
        return Unicode.Scalar(high[Int(b - 0x80)]) ?? "?"
    }

    /// The separator the first rows use most, outside quotes: `;` from Excel set up for Norway,
    /// `,` elsewhere, a tab from "Text (tab-delimited)". Ten rows, as a title may stand above the
    /// header; a one-column sheet is read with `,`.
    static func separator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        var lines = 0
        for c in scalars {
            if c == "\"" {
                quoted.toggle()
            } else if !quoted, c == "\n" {
                lines += 1
                if lines == 10 { break }
            } else if !quoted, counts[c] != nil {
                counts[c]! += 1
            }
        }
        let semicolons = counts[";"]!, commas = counts[","]!, tabs = counts["\t"]!
        if semicolons > 0, semicolons >= commas, semicolons >= tabs { return ";" }
        return tabs > commas ? "\t" : ","
    }
}

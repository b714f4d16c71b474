/// How a CSV file is written for the spreadsheet that opens it. Excel set up for Norwegian reads `;`
/// as the separator (the comma is its decimal sign) and needs a byte order mark to take the file as
/// UTF-8 rather than the local code page, which would turn æøå into mojibake.
public struct CSVDialect: Equatable, Sendable {
    public var separator: Character
    public var byteOrderMark: Bool

    public init(separator: Character = ",", byteOrderMark: Bool = false) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
    }

    /// Reads the separator a user typed: `,` or `;` (a tab too, for tools that want TSV-like input).
    public init(separatorText: String, byteOrderMark: Bool) throws(Message) {
        let s: Character
        switch separatorText {
        case ",", "comma": s = ","
        case ";", "semicolon": s = ";"
        case "\t", "tab": s = "\t"
        default:
            throw Message(nb: "Skilletegnet må være «,» eller «;», ikke «\(separatorText)».",
                          en: "The separator must be “,” or “;”, not “\(separatorText)”.")
        }
        self.init(separator: s, byteOrderMark: byteOrderMark)
    }

    /// Numbers follow the separator: a file for a `;` spreadsheet writes decimals with a comma.
    public var decimalComma: Bool { separator == ";" }
}

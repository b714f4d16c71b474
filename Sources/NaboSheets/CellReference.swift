/// A cell's address such as `C7`: letters for the column, digits for the row. Read with bounds,
/// so `ZZZZZZ99999999` is a cell too far away, not an overflow.
struct CellReference: Equatable {
    /// From 0 for column A; `limit` or more when the column is beyond what is read.
    var column: Int
    /// From 1; nil when the address has no digits (a writer may leave the row to the `<row>`).
    var row: Int?

    /// nil when the text is no cell address at all.
    init?(_ text: String, columnLimit: Int, rowLimit: Int) {
        var column = 0, row = 0, letters = 0, digits = 0
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0 else { return nil }
                letters += 1
                // Past the limit the exact column does not matter; stopping there keeps it small.
                column = min(column * 26 + Int((b | 0x20) - UInt8(ascii: "a")) + 1, columnLimit + 1)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                row = min(row * 10 + Int(b - UInt8(ascii: "0")), rowLimit + 1)
            case UInt8(ascii: "$"):
                continue
            default:
                return nil
            }
        }
        guard letters > 0, digits == 0 || row > 0 else { return nil }
        self.column = column - 1
        self.row = digits > 0 ? row : nil
    }

    /// Column 0 is A, 25 is Z, 26 is AA.
    static func letters(_ column: Int) -> String {
        var n = column + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(r))) + out
            n = (n - 1) / 26
        }
        return out
    }
}

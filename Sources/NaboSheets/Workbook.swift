import NaboCore

/// Excel workbooks (.xlsx) as Nabo reads and writes them: bytes in, text cells out, and back.
/// Nothing here touches a file: the caller reads the bytes (bounded) and writes the result.
public enum Workbook {
    /// The names of the sheets, in workbook order.
    public static func sheetNames(_ bytes: [UInt8]) throws(Message) -> [String] {
        try WorkbookReader(bytes).sheets.map(\.name)
    }

    /// The rows of the sheet named (or the first sheet when nil), each cell as text: shared and inline
    /// strings as written, numbers without a trailing ".0", booleans as written, a number whose cell
    /// style is a date format as ISO "yyyy-MM-dd" (with "THH:mm" when it has a time part), empty cells
    /// as "" so columns line up (cell references like "C7" decide the column; rows may be missing).
    ///
    /// `rows[i]` is the sheet's row `i + 1`, so a row number a worker sees in Excel is the index
    /// plus one: a missing row comes back empty, every row is as wide as the widest, and empty rows
    /// and columns after the last value are left out.
    public static func rows(_ bytes: [UInt8], sheet: String?) throws(Message) -> [[String]] {
        try WorkbookReader(bytes).rows(sheet: sheet)
    }

    /// An .xlsx file with these sheets: the first row of each table is its header (bold is nice, not required).
    public static func write(_ sheets: [(name: String, table: CSVTable)]) -> [UInt8] {
        WorkbookWriter.bytes(sheets)
    }
}

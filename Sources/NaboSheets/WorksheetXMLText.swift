import NaboCore

/// One table as a worksheet: the header row bold and frozen, columns as wide as their text within
/// reason, and every non-empty cell an inline string.
enum WorksheetXMLText {
    static func sheet(_ table: CSVTable) -> String {
        let rows = [table.header.map(CSVTable.defused)] + table.rows.map { row in
            // The always-quoted columns are validated phone numbers, which begin with `+` by design;
            // as text cells they stay text without a quote.
            row.enumerated().map { i, cell in table.alwaysQuoted.contains(i) ? cell : CSVTable.defused(cell) }
        }
        var s = WorkbookXMLText.declaration + #"<worksheet xmlns="\#(WorkbookXMLText.main)">"#
            + #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        let widths = columnWidths(rows)
        if !widths.isEmpty {
            s += "<cols>"
            for (i, width) in widths.enumerated() {
                s += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(width)" customWidth="1"/>"#
            }
            s += "</cols>"
        }
        s += "<sheetData>"
        for (r, row) in rows.enumerated() {
            s += #"<row r="\#(r + 1)">"#
            for (c, cell) in row.enumerated() where !cell.isEmpty {
                s += #"<c r="\#(CellReference.letters(c))\#(r + 1)" t="inlineStr""# + (r == 0 ? #" s="1""# : "")
                    + #"><is><t xml:space="preserve">\#(OfficeText.xml(cell))</t></is></c>"#
            }
            s += "</row>"
        }
        return s + "</sheetData></worksheet>"
    }

    /// In characters: the longest cell of the column, at least 8 and at most 60, so a long note
    /// does not push every other column off the screen.
    static func columnWidths(_ rows: [[String]]) -> [Int] {
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                if widths.count <= i { widths.append(8) }
                widths[i] = min(60, max(widths[i], cell.count + 2))
            }
        }
        return widths
    }
}

import NaboCore
import NaboSheets
import NaboTestSupport
import Testing

/// Workbooks Nabo writes, read back by openpyxl (an independent reader) and by Nabo itself.
struct WrittenWorkbookTests {
    static let residents = CSVTable(
        header: ["id", "Navn", "Telefon", "Rom", "Merknad"],
        rows: [
            ["res-0001", "Øystein Ærlig", "+4791234567", "3", "=HYPERLINK(\"http://example.invalid\")"],
            ["res-0002", "Åse Blåbær", "", "0042", "-3"],
            ["007", "Tab\tog linje\nskift", "+4791234568", "", "@SUM(A1) _x0041_ \u{1}"],
        ],
        alwaysQuoted: [2])

    static let units = CSVTable(header: ["id", "Gateadresse"], rows: [["uni-1", "Midtåsveien"]])

    @Test func openpyxlReadsEveryCellAsTextAndAFormulaAsDefusedText() throws {
        let bytes = Workbook.write([(name: "Beboere", table: Self.residents), (name: "Boliger", table: Self.units)])
        let sheets = try Openpyxl.read(bytes)
        #expect(sheets.map(\.name) == ["Beboere", "Boliger"])
        let rows = sheets[0].rows
        #expect(rows[0] == ["'id'", "'Navn'", "'Telefon'", "'Rom'", "'Merknad'"])
        // A phone is the string +47..., an id of digits stays a string, a formula comes back as text with its quote.
        #expect(rows[1] == ["'res-0001'", "'Øystein Ærlig'", "'+4791234567'", "'3'", #"'\'=HYPERLINK("http://example.invalid")'"#])
        #expect(rows[2] == ["'res-0002'", "'Åse Blåbær'", "None", "'0042'", "'-3'"])
        #expect(rows[3][0] == "'007'")
        #expect(rows[3][1] == #"'Tab\tog linje\nskift'"#)
        #expect(sheets[1].rows == [["'id'", "'Gateadresse'"], ["'uni-1'", "'Midtåsveien'"]])
    }

    @Test func nabosOwnReaderGetsBackWhatWasWritten() throws {
        let bytes = Workbook.write([(name: "Beboere", table: Self.residents)])
        let rows = try Workbook.rows(bytes, sheet: "Beboere")
        #expect(rows[0] == Self.residents.header)
        #expect(rows[1] == ["res-0001", "Øystein Ærlig", "+4791234567", "3", "'=HYPERLINK(\"http://example.invalid\")"])
        #expect(rows[2] == ["res-0002", "Åse Blåbær", "", "0042", "-3"])
        // Control characters and a literal `_x0041_` survive XML through Office's escapes.
        #expect(rows[3] == ["007", "Tab\tog linje\nskift", "+4791234568", "", "'@SUM(A1) _x0041_ \u{1}"])
    }

    @Test func theSameTablesGiveTheSameBytes() {
        let tables = [(name: "Boliger", table: Self.units)]
        #expect(Workbook.write(tables) == Workbook.write(tables))
    }

    @Test func sheetNamesAreMadeValidForExcel() throws {
        let bytes = Workbook.write([(name: "Boliger: [alle]?", table: Self.units), (name: "boliger: alle", table: Self.units),
                                    (name: "", table: Self.units), (name: String(repeating: "x", count: 40), table: Self.units)])
        #expect(try Workbook.sheetNames(bytes) == ["Boliger alle", "boliger alle (2)", "Sheet3", String(repeating: "x", count: 31)])
        #expect(try Openpyxl.read(bytes).map(\.name) == ["Boliger alle", "boliger alle (2)", "Sheet3", String(repeating: "x", count: 31)])
    }
}

import Testing
@testable import NaboCore

/// A CSV opened in a spreadsheet must not run what a record's text says.
@Suite struct CSVFormulaTests {
    @Test func aTextCellThatLooksLikeAFormulaIsWrittenAsText() {
        let table = CSVTable(header: ["Tiltak", "Endring", "Telefon"],
                             rows: [["=HYPERLINK(\"http://example.invalid\",\"Klikk\")", "-3", "+4740000000"],
                                    ["@SUM(A1)", "+1,5", "+4790000000"],
                                    ["-ikke et tall", "12", ""],
                                    ["\tinnrykk", "", ""],
                                    ["Lås på boden", "-", ""]],
                             alwaysQuoted: [2])
        let text = table.text(CSVDialect(separator: ";", byteOrderMark: false))
        #expect(text == """
            Tiltak;Endring;Telefon\r
            "'=HYPERLINK(""http://example.invalid"",""Klikk"")";-3;"+4740000000"\r
            '@SUM(A1);+1,5;"+4790000000"\r
            '-ikke et tall;12;""\r
            '\tinnrykk;;""\r
            Lås på boden;-;""\r

            """)
    }
}

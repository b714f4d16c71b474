import NaboCore
import NaboSheets
import NaboTestSupport
import Testing

/// Workbooks written by openpyxl, not by Nabo, read cell by cell: what an office's Excel file holds.
struct IndependentWorkbookTests {
    static let script = """
        import datetime, openpyxl
        book = openpyxl.Workbook()
        units = book.active
        units.title = 'Boliger'
        units.append(['Gateadresse', 'Husnr', 'Rom', 'Innflyttet', 'Målt', 'Frist', 'Aktiv', 'Areal'])
        units.append(['Ærfuglveien', 12, 3, datetime.date(2026, 11, 22), datetime.datetime(2026, 11, 22, 13, 45), 46000, True, 0.1 + 0.2])
        units.append(['Østre gate', '7B', None, datetime.date(1900, 2, 28), None, 45000, False, 54.5])
        units.cell(row=5, column=1, value='Åsveien')
        units.cell(row=5, column=3, value=2.0)
        units['F2'].number_format = 'dd.mm.yyyy'
        units['F3'].number_format = '0.00'
        units['D3'].number_format = 'mm-dd-yy'
        residents = book.create_sheet('Beboere')
        residents.append(['Navn', 'Telefon'])
        residents.append(['Øystein Ærlig', 91234567])
        residents.append(['Åse Blåbær', '+4791234568'])
        book.save(path)
        """

    @Test func theCellsOfAnIndependentWorkbookReadAsTheSheetShowsThem() throws {
        let bytes = try Openpyxl.workbook(Self.script)
        #expect(try Workbook.sheetNames(bytes) == ["Boliger", "Beboere"])
        let rows = try Workbook.rows(bytes, sheet: nil)
        #expect(rows.count == 5)
        #expect(rows[0] == ["Gateadresse", "Husnr", "Rom", "Innflyttet", "Målt", "Frist", "Aktiv", "Areal"])
        #expect(rows[1] == ["Ærfuglveien", "12", "3", "2026-11-22", "2026-11-22T13:45", "2025-12-09", "TRUE", "0.3"])
        #expect(rows[2] == ["Østre gate", "7B", "", "1900-02-28", "", "45000", "FALSE", "54.5"])
        // Row 4 is missing from the file: it comes back empty, so row 5 is still rows[4].
        #expect(rows[3] == ["", "", "", "", "", "", "", ""])
        #expect(rows[4] == ["Åsveien", "", "2", "", "", "", "", ""])

        let residents = try Workbook.rows(bytes, sheet: "Beboere")
        #expect(residents == [["Navn", "Telefon"], ["Øystein Ærlig", "91234567"], ["Åse Blåbær", "+4791234568"]])
        #expect(try Workbook.rows(bytes, sheet: "beboere") == residents)
    }

    @Test func aSheetNotInTheFileIsRefusedNamingTheSheetsItHas() throws {
        let bytes = try Openpyxl.workbook(Self.script)
        #expect(throws: Message(nb: "Arket «Adresser» finnes ikke i filen; den har: Boliger, Beboere.",
                                en: "The sheet “Adresser” is not in the file; it has: Boliger, Beboere.")) {
            try Workbook.rows(bytes, sheet: "Adresser")
        }
    }

    @Test func datesOfAWorkbookThatCountsFrom1904() throws {
        let bytes = try Openpyxl.workbook("""
            import datetime, openpyxl
            from openpyxl.utils.datetime import CALENDAR_MAC_1904
            book = openpyxl.Workbook()
            book.epoch = CALENDAR_MAC_1904
            book.active.append(['Innflyttet', datetime.date(2026, 11, 22)])
            book.save(path)
            """)
        #expect(try Workbook.rows(bytes, sheet: nil) == [["Innflyttet", "2026-11-22"]])
    }
}

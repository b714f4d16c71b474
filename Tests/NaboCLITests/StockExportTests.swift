import Foundation
import NaboTestSupport
import Testing

/// `nabo export stock` as an office sends its sheet out: read back by Python's csv module.
@Suite(.serialized) struct StockExportTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "nb_NO.UTF-8"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    @Test func theUnitsAndTheResidentsGoOutInTheImportsColumns() throws {
        #expect(try nabo("demo").status == 0)
        let units = try nabo("export", "stock", "--format", "csv", "--kind", "units", "--separator", ";", "--bom")
        #expect(units.status == 0, "\(units.stderr)")
        let unitRows = try Python.csvRows(Data(units.stdout.utf8), separator: ";")
        #expect(unitRows.first == ["id", "Gateadresse", "Husnr", "Bokstav", "Postnr", "Poststed", "H-nummer", "Rom", "Status"])
        #expect(unitRows.count == 1 + 23)
        #expect(unitRows.dropFirst().allSatisfy { $0[0].hasPrefix("uni-") && $0[6].hasPrefix("H") && !$0[1].isEmpty })
        #expect(unitRows[1][1] == "Midtåsveien")

        let residents = try nabo("export", "stock", "--format", "csv", "--kind", "residents", "--lang", "en")
        let residentRows = try Python.csvRows(Data(residents.stdout.utf8))
        #expect(residentRows.first == ["id", "Name", "Phone", "Street", "Number", "Letter", "Postcode", "City", "H-number", "Moved in", "Moved out"])
        #expect(residentRows.dropFirst().allSatisfy { $0[2].isEmpty || $0[2].hasPrefix("+47") })
        #expect(residentRows.dropFirst().contains { $0[1] == "Ørjan Ødegård" && $0[3] == "Runarveien" && $0[8] == "H0101" })

        let refused = try nabo("export", "stock", "--format", "xls", "--kind", "units")
        #expect(refused.status == 1)
        #expect(try nabo("export", "stock", "--format", "csv", "--kind", "rooms").stderr.contains("Velg en av: units, residents."))
    }
}

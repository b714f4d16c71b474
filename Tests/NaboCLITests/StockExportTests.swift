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

/// `nabo export stock --format xlsx`: one workbook for the whole stock, read back by openpyxl.
@Suite(.serialized) struct StockWorkbookExportTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "nb_NO.UTF-8"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    @Test func bothSheetsGoIntoOneWorkbookReadableOnlyByTheWorker() throws {
        #expect(try nabo("demo").status == 0)
        let file = tmp.sub("boliger.xlsx")
        let r = try nabo("export", "stock", "--format", "xlsx", "--output", file)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == file + "\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)

        let sheets = try Openpyxl.read(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        #expect(sheets.map(\.name) == ["Boliger", "Beboere"])
        #expect(sheets[0].rows.first == ["id", "Gateadresse", "Husnr", "Bokstav", "Postnr", "Poststed", "H-nummer", "Rom", "Status"].map { "'\($0)'" })
        #expect(sheets[0].rows.count == 1 + 23)
        #expect(sheets[0].rows[1][1] == "'Midtåsveien'")
        let residents = sheets[1].rows
        #expect(residents.first?[1] == "'Navn'")
        // The phone column is text with its plus, never a number.
        #expect(residents.dropFirst().allSatisfy { $0[2] == "None" || $0[2].hasPrefix("'+47") })
        #expect(residents.dropFirst().contains { $0[1] == "'Ørjan Ødegård'" && $0[8] == "'H0101'" })

        // The same columns as the CSV, cell for cell.
        let csv = try Python.csvRows(Data(try nabo("export", "stock", "--format", "csv", "--kind", "residents").stdout.utf8))
        #expect(residents.map { $0.map { $0 == "None" ? "" : String($0.dropFirst().dropLast()) } } == csv)
    }

    @Test func kindLimitsTheWorkbookToOneSheetAndNamesTheFileAfterIt() throws {
        #expect(try nabo("demo").status == 0)
        let folder = tmp.sub("out")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let r = try Binary.run(["export", "stock", "--format", "xlsx", "--kind", "residents", "--output", folder, "--lang", "en", "--data", data],
                               environment: env.merging(["NABO_TODAY": "2026-11-22"]) { _, b in b })
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == folder + "/residents-2026-11-22.xlsx\n")
        #expect(try Openpyxl.read(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/residents-2026-11-22.xlsx")))).map(\.name) == ["Residents"])
    }

    @Test func aWorkbookGoesToAPipeButNotToATerminalAndTakesNoCSVFlags() throws {
        #expect(try nabo("demo").status == 0)
        let piped = try Binary.run(["export", "stock", "--format", "xlsx", "--data", data], environment: env)
        #expect(piped.status == 0)
        #expect(piped.stdout.utf8.starts(with: [0x50, 0x4B, 0x03, 0x04]))

        // `script` gives the command a terminal for its standard output.
        let command = [Binary.nabo, "export", "stock", "--format", "xlsx", "--data", data].map { "'\($0)'" }.joined(separator: " ")
        let onTerminal = Process()
        onTerminal.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        onTerminal.arguments = ["-qec", command, "/dev/null"]
        onTerminal.environment = ProcessInfo.processInfo.environment.merging(env) { _, b in b }
        let out = Pipe()
        onTerminal.standardOutput = out
        onTerminal.standardInput = FileHandle.nullDevice
        try onTerminal.run()
        let shown = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        onTerminal.waitUntilExit()
        #expect(onTerminal.terminationStatus == 1)
        #expect(shown.contains("Bruk --output FIL"))
        #expect(!shown.contains("PK"))

        let flags = try nabo("export", "stock", "--format", "xlsx", "--bom")
        #expect(flags.status == 1)
        #expect(flags.stderr.contains("--bom og --separator gjelder CSV"))
        let noKind = try nabo("export", "stock", "--format", "csv")
        #expect(noKind.status == 1)
        #expect(noKind.stderr.contains("velg --kind units eller --kind residents"))
    }
}

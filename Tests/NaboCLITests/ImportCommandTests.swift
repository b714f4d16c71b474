import Foundation
import NaboTestSupport
import Testing

/// `nabo import` as an office runs it on its own sheets, each process a separate run of the binary.
@Suite(.serialized) struct ImportCommandTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "nb_NO.UTF-8", "NABO_TODAY": "2026-11-22"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    func sheet(_ name: String, _ text: String) throws -> String {
        let path = tmp.sub(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func json(_ args: String...) throws -> [[String: Any]] {
        let out = try Binary.run(args + ["--data", data, "--json"], environment: env).stdout
        return try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]] ?? []
    }

    static let units = """
        Gateadresse;Husnr;Postnr;Poststed;H-nummer;Rom;Status;Merknad
        Storgata;5;3210;Sandefjord;H0101;3;Ledig;hjørne
        Storgata;5;3210;Sandefjord;H12O1;3;Ledig;
        Storgata;5;3210;Sandefjord;H0101;2;Ledig;
        Storgata;7;3210;Sandefjord;H0201;2;Utleid;
        Storgata;7;3210;Sandefjord;H0202;2;Opptatt;

        """

    @Test func aDryRunSaysWhatWouldHappenInEitherLanguageAndSavesNothing() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain").status == 0)
        let path = try sheet("boliger.csv", Self.units)
        let nb = try nabo("import", path, "--dry-run")
        #expect(nb.status == 0, "\(nb.stderr)")
        let lines = nb.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Boliger i boliger.csv: 5 rader under overskriften på rad 1.",
            "Blir laget: 2 adresser, 2 boliger.",
            "Blir endret: ingen.",
            "Uendret: 0 rader stemmer med Nabo.",
            "Avvist: 3 rader.",
            "Kolonner Nabo ikke kjenner, og som ikke blir lest: «Merknad».",
            "Rad 3, H-nummer: «H12O1» er ikke et H-nummer (H og fire sifre, for eksempel H0101; U, K eller L i stedet for H under bakken, i kjelleren eller på loftet).",
            "Rad 4, H-nummer: Boligen H0101 i Storgata 5 står to ganger i arket (også på rad 2).",
            "Rad 6, Status: «Opptatt» er ikke en boligstatus. Skriv en av: Utleid (let), Ledig (vacant), Venter på reparasjon (awaiting-repair), Bebodd uten kontrakt (occupied-without-contract).",
            "Prøvekjøring: ingenting er lagret.",
        ])
        let en = try nabo("import", path, "--dry-run", "--lang", "en")
        #expect(en.stdout.contains("Would be created: 2 addresses, 2 units."))
        #expect(en.stdout.contains("Row 3, H-nummer: “H12O1” is not an H-number (H and four digits, for example H0101"))
        #expect(en.stdout.contains("Columns Nabo does not know, which are not read: “Merknad”."))
        #expect(en.stdout.hasSuffix("Dry run: nothing was saved.\n"))
        #expect(try json("list", "units").isEmpty)

        // Without --dry-run and --skip-bad, a refused row means nothing is written.
        let refused = try nabo("import", path)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Ingenting er lagret, fordi 3 rader er avvist."))
        #expect(try json("list", "units").isEmpty)
    }

    @Test func skipBadImportsTheGoodRowsAndWritesTheRefusedOnesToFixAndImportAgain() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain").status == 0)
        let path = try sheet("boliger.csv", Self.units)
        let run = try nabo("import", path, "--skip-bad")
        #expect(run.status == 0, "\(run.stderr)")
        let units = try json("list", "units")
        #expect(units.compactMap { $0["number"] as? String }.sorted() == ["H0101", "H0201"])
        #expect(units.contains { $0["number"] as? String == "H0201" && $0["status"] as? String == "let" && $0["rooms"] as? Int == 2 })

        let refusedPath = tmp.sub("boliger-avvist.csv")
        let attributes = try FileManager.default.attributesOfItem(atPath: refusedPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let back = try Python.csvRows(try Data(contentsOf: URL(fileURLWithPath: refusedPath)), separator: ";")
        #expect(back[0] == ["Gateadresse", "Husnr", "Postnr", "Poststed", "H-nummer", "Rom", "Status", "Merknad", "Avvist fordi"])
        #expect(back.count == 4)
        #expect(back[1].prefix(8) == ["Storgata", "5", "3210", "Sandefjord", "H12O1", "3", "Ledig", ""])
        #expect(back[1][8].hasPrefix("H-nummer: «H12O1» er ikke et H-nummer"))
        #expect(back[3][6] == "Opptatt" && back[3][8].hasPrefix("Status: «Opptatt» er ikke en boligstatus"))

        // Corrected in the file (the reason column is ignored), it imports; alone in this file, the
        // row that was a duplicate is now an update of the unit the first import made.
        let fixed = try String(contentsOfFile: refusedPath, encoding: .utf8).replacingOccurrences(of: "H12O1", with: "H0102")
            .replacingOccurrences(of: "Opptatt", with: "Ledig")
        try Data(fixed.utf8).write(to: URL(fileURLWithPath: refusedPath))
        let again = try nabo("import", refusedPath, "--skip-bad")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Laget: 2 boliger."))
        #expect(again.stdout.contains("Endret: 1 bolig."))
        #expect(again.stdout.contains("Kolonner Nabo ikke kjenner, og som ikke blir lest: «Merknad», «Avvist fordi»."))
        #expect(try json("list", "units").count == 4)
    }

    @Test func theExportComesBackUnchangedAndAnEditedCellChangesJustThat() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain").status == 0)
        #expect(try nabo("add", "address", "--street", "=SUM(A1)", "--number", "4", "--postcode", "3216", "--city", "Sandefjord").status == 0)
        let address = try #require(try json("list", "addresses").first?["id"] as? String)
        #expect(try nabo("add", "unit", "--address", address, "--number", "H0101", "--rooms", "3").status == 0)
        let unit = try #require(try json("list", "units").first?["id"] as? String)
        #expect(try nabo("add", "resident", "--name", "Kari Nordvik", "--unit", unit, "--phone", "91234567", "--moved-in", "2025-02-01").status == 0)

        for kind in ["units", "residents"] {
            let out = tmp.sub(kind + ".csv")
            #expect(try nabo("export", "stock", "--format", "csv", "--kind", kind, "--separator", ";", "--bom", "--output", out).status == 0)
            #expect(try String(contentsOfFile: out, encoding: .utf8).contains("'=SUM(A1)"))
            let back = try nabo("import", out)
            #expect(back.status == 0, "\(back.stderr)")
            #expect(back.stdout.contains("Ingenting å endre: Nabo har allerede det arket sier."), "\(back.stdout)")
        }
        let residents = tmp.sub("residents.csv")
        let edited = try String(contentsOfFile: residents, encoding: .utf8).replacingOccurrences(of: "+4791234567", with: "+47 400 00 001")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: residents))
        let changed = try nabo("import", residents)
        #expect(changed.stdout.contains("Endret: 1 beboer."), "\(changed.stdout)")
        let people = try json("list", "residents")
        #expect(people.count == 1 && people[0]["phone"] as? String == "+4740000001")
        #expect(try json("list", "addresses").first?["street"] as? String == "=SUM(A1)")
    }

    @Test func undoTakesTheLastImportBackInALaterRunAndOnlyOnce() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain").status == 0)
        let units = try sheet("boliger.csv", "Adresse;Husnr;Postnr;Poststed;H-nummer\nStorgata;5;3210;Sandefjord;H0101\nStorgata;5;3210;Sandefjord;H0102\n")
        #expect(try nabo("import", units).status == 0)
        let people = try sheet("beboere.csv", "Navn,Telefon,Adresse,Husnr,H-nummer,Innflyttet\nKari Nordvik,+47 912 34 567,Storgata,5,H0101,1.2.2025\n")
        let imported = try nabo("import", people)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try json("list", "units").contains { $0["number"] as? String == "H0101" && $0["status"] as? String == "let" })

        let undo = try nabo("import", "--undo")
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(undo.stdout.contains("Angret importen fra beboere.csv (22.11.2026): 2 poster fjernet, 1 post satt tilbake."), "\(undo.stdout)")
        #expect(try json("list", "residents").isEmpty)
        #expect(try json("list", "units").allSatisfy { $0["status"] as? String == "vacant" })
        #expect(try json("list", "units").count == 2)
        let twice = try nabo("import", "--undo")
        #expect(twice.status == 1 && twice.stderr.contains("Det er ingen import å angre."))

        // A record the import wrote and someone changed since is not overwritten by an undo.
        #expect(try nabo("import", people).status == 0)
        let resident = try #require(try json("list", "residents").first?["id"] as? String)
        #expect(try nabo("set", "resident", resident, "--phone", "40000002").status == 0)
        let refused = try nabo("import", "--undo", "--lang", "en")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Cannot undo the import from beboere.csv (22 Nov 2026): resident \(resident) was changed after the import."), "\(refused.stderr)")
        #expect(try json("list", "residents").count == 1)
    }

    @Test func whatIsNotASheetIsRefusedInWords() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain").status == 0)
        let empty = try sheet("tom.csv", "")
        #expect(try nabo("import", empty).stderr.contains("er tom."))
        let binary = tmp.sub("bilde.csv")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: URL(fileURLWithPath: binary))
        #expect(try nabo("import", binary).stderr.contains("den inneholder binære data"))
        let workbook = tmp.sub("boliger.xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).write(to: URL(fileURLWithPath: workbook))
        #expect(try nabo("import", workbook).stderr.contains("Dette er ikke en Excel-fil (.xlsx)."))
        let huge = tmp.sub("stor.csv")
        FileManager.default.createFile(atPath: huge, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 21 << 20)
        try handle.close()
        let big = try nabo("import", huge)
        #expect(big.status == 1 && big.stderr.contains("filen er større enn"))
        #expect(try nabo("import", empty, "--map", "Kolonne X").stderr.contains("--map skrives «KOLONNE=felt»"))
        #expect(try nabo("import", empty, "--kind", "rooms").stderr.contains("Velg en av: units, residents."))
    }

    /// A workbook an office made in a spreadsheet program (openpyxl here), and the one Nabo exports,
    /// come in as the CSV does.
    @Test func anExcelWorkbookIsImportedAndTheExportsComesBackUnchanged() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain").status == 0)
        let workbook = tmp.sub("boliger.xlsx")
        _ = try Python.run("""
            import openpyxl
            book = openpyxl.Workbook()
            book.active.title = "Oversikt"
            units = book.create_sheet("Boliger")
            units.append(["Gateadresse", "Husnr", "Bokstav", "Postnr", "Poststed", "H-nummer", "Rom"])
            units.append(["Testveien", 4, None, "3216", "Sandefjord", "H0101", 2])
            units.append(["Testveien", 4, None, "3216", "Sandefjord", "H0102", 3])
            book.save("\(workbook)")
            """)
        let imported = try nabo("import", workbook, "--sheet", "Boliger")
        #expect(imported.status == 0, "\(imported.stderr)")
        let units = try json("list", "units")
        #expect(Set(units.compactMap { $0["number"] as? String }) == ["H0101", "H0102"])
        #expect(units.contains { $0["number"] as? String == "H0102" && $0["rooms"] as? Int == 3 })
        let exported = tmp.sub("ut.xlsx")
        #expect(try nabo("export", "stock", "--format", "xlsx", "--output", exported).status == 0)
        let again = try nabo("import", exported, "--sheet", "Boliger")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Ingenting å endre"), "\(again.stdout)")
    }
}

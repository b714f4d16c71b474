import Foundation
import NaboTestSupport
import Testing

/// A new office's first address, unit and resident made with the keyboard only in the built
/// `nabo` in tmux, the resident moved in, and all of it found from the command line after quitting.
@Suite(.serialized) struct StockEndToEndTests {
    let folder = TempFolder("nabo-e2e-stock")
    var data: String { folder.sub("store") }

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": "", "NABO_TODAY": "2026-11-22"]
    }

    func list(_ kind: String) throws -> [[String: Any]] {
        let result = try Binary.run(["list", kind, "--json", "--data", data], environment: environment)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func anAddressAUnitAndAResidentMovedInAreFoundFromTheCommandLine() throws {
        #expect(try Binary.run(["init", "--worker", "Kari Test", "--plain", "--data", data], environment: environment).status == 0)
        let tmux = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--data", data, "--lang", "en"], environment: environment, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Home")
        try tmux.send("a")
        try tmux.waitFor(text: "Enter open")
        try tmux.send("a")
        try tmux.waitFor(text: "New address")
        try tmux.type("Storgata")
        try tmux.send("Tab")
        try tmux.type("12")
        try tmux.send("Tab", "Tab")
        try tmux.type("3210")
        try tmux.send("Tab")
        try tmux.type("Sandefjord")
        try tmux.send("C-s")
        try tmux.waitFor(text: "The address Storgata 12 is saved.")
        try tmux.send("Enter", "a")
        try tmux.waitFor(text: "New unit")
        try tmux.type("H0101")
        try tmux.send("C-s")
        try tmux.waitFor(text: "The unit H0101 is saved.")
        try tmux.send("r", "a")
        try tmux.waitFor(text: "New resident")
        try tmux.type("Eva Prøve")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Eva Prøve is saved.")
        try tmux.send("Enter", "f")
        try tmux.waitFor(text: "To unit")
        try tmux.type("h0101")
        try tmux.waitFor(text: "▸ Storgata 12, H0101")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Eva Prøve moves to Storgata 12, H0101 on 22 Nov 2026.")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let units = try list("units")
        #expect(units.count == 1)
        #expect(units.first?["number"] as? String == "H0101")
        #expect(units.first?["status"] as? String == "let")
        let residents = try list("residents")
        #expect(residents.count == 1)
        #expect(residents.first?["name"] as? String == "Eva Prøve")
        #expect(residents.first?["unit"] as? String == units.first?["id"] as? String)
        #expect(residents.first?["movedIn"] as? String == "2026-11-22")
        let stays = try list("tenancies")
        #expect(stays.count == 1)
        #expect(stays.first?["unit"] as? String == units.first?["id"] as? String)
        #expect(stays.first?["from"] as? String == "2026-11-22")
        #expect(stays.first?["to"] as? String == nil)
    }

    /// `:importer` at 120x40 in bokmål: the preview, yes, `u`, yes again, and the import taken
    /// back from the command line after quitting, as `nabo import --undo` would one made there.
    @Test func aSheetImportedInTheInterfaceIsUndoneThereAndFromTheCommandLine() throws {
        #expect(try Binary.run(["init", "--worker", "Kari Test", "--plain", "--data", data], environment: environment).status == 0)
        try FileManager.default.createDirectory(atPath: folder.sub("ark"), withIntermediateDirectories: true)
        let sheet = folder.sub("ark") + "/boliger fra kontoret.csv"
        try Data("""
            Gateadresse;Husnr;Postnr;Poststed;H-nummer;Rom;Status
            Tindveien;4;3214;Sandefjord;H0101;2;Ledig
            Tindveien;4;3214;Sandefjord;H0102;3;Ledig
            Tindveien;4;3214;Sandefjord;H12O1;3;Ledig

            """.utf8).write(to: URL(fileURLWithPath: sheet))
        let tmux = try Tmux(columns: 120, rows: 40, command: [Binary.nabo, "--data", data, "--lang", "nb"], environment: environment, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Hjem")
        try tmux.send(":")
        try tmux.type("importer \(sheet)")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Import av boliger fra kontoret.csv")
        try tmux.waitFor(text: "Blir laget: 1 adresse, 2 boliger.")
        try tmux.waitFor(text: "Rad 4, H-nummer: «H12O1» er ikke et H-nummer")
        try tmux.send("j")
        try tmux.waitFor(text: "Importerte boliger fra kontoret.csv: laget 1 adresse, 2 boliger; endret ingen. u angrer.")
        #expect(FileManager.default.fileExists(atPath: folder.sub("ark") + "/boliger fra kontoret-avvist.csv"))
        try tmux.send("u")
        try tmux.waitFor(text: "Angret:")
        try tmux.send(":")
        try tmux.type("importer \(sheet)")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Import av boliger fra kontoret.csv")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Importerte boliger fra kontoret.csv")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        #expect(try list("units").count == 2)
        let undo = try Binary.run(["import", "--undo", "--data", data, "--lang", "en"], environment: environment)
        #expect(undo.status == 0)
        #expect(undo.stdout.contains("Undid the import from boliger fra kontoret.csv"))
        #expect(try list("units").isEmpty)
    }

    /// `P` on a resident's screen writes their innsyn document into the documents folder, 0600,
    /// the same document `nabo export person --format md` writes.
    @Test func pOnAResidentWritesTheirDocumentForInnsyn() throws {
        #expect(try Binary.run(["init", "--worker", "Kari Test", "--plain", "--data", data], environment: environment).status == 0)
        let added = try Binary.run(["add", "resident", "--name", "Eva Prøve", "--phone", "+4790000001", "--data", data], environment: environment)
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").last.map(String.init) ?? ""
        let documents = folder.sub("docs")
        try FileManager.default.createDirectory(atPath: documents, withIntermediateDirectories: true)
        var env = environment
        env["XDG_DOCUMENTS_DIR"] = documents
        let tmux = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--data", data, "--lang", "en"], environment: env, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Home")
        try tmux.send("r", "Enter")
        try tmux.waitFor(text: "Eva Prøve")
        try tmux.send("P")
        try tmux.waitFor(text: "(not encrypted)")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let written = try FileManager.default.contentsOfDirectory(atPath: documents)
        #expect(written.count == 1)
        let path = documents + "/" + (written.first ?? "")
        #expect(written.first?.hasPrefix("personal-data-") == true && written.first?.hasSuffix("-2026-11-22.md") == true)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let command = try Binary.run(["export", "person", id, "--format", "md", "--lang", "en", "--data", data], environment: environment)
        #expect(text.contains("Eva Prøve") && text.contains("+4790000001"))
        #expect(text == command.stdout)
    }

    /// `Z` on a resident's screen erases them once the name is typed; after quitting the command
    /// line finds nobody, and no file in the data folder holds the name.
    @Test func zOnAResidentErasesThemForGood() throws {
        #expect(try Binary.run(["init", "--worker", "Kari Test", "--plain", "--data", data], environment: environment).status == 0)
        #expect(try Binary.run(["add", "resident", "--name", "Eva Prøve", "--phone", "+4790000001", "--data", data], environment: environment).status == 0)
        let tmux = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--data", data, "--lang", "en"], environment: environment, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Home")
        try tmux.send("r", "Enter")
        try tmux.waitFor(text: "Eva Prøve")
        try tmux.send("Z")
        try tmux.waitFor(text: "Erase the resident for good")
        try tmux.type("Asked to be erased")
        try tmux.send("Tab")
        try tmux.type("eva prøve")
        try tmux.send("C-s")
        try tmux.waitFor(text: "Eva Prøve is erased.")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        #expect(try list("residents").isEmpty)
        let files = FileManager.default.enumerator(atPath: data)?.compactMap { $0 as? String } ?? []
        for file in files {
            let bytes = FileManager.default.contents(atPath: data + "/" + file) ?? Data()
            #expect(!String(decoding: bytes, as: UTF8.self).contains("Eva Prøve"), "\(file)")
            #expect(!String(decoding: bytes, as: UTF8.self).contains("90000001"), "\(file)")
        }
    }
}

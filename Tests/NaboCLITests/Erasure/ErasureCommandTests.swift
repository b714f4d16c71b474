import Foundation
import NaboTestSupport
import Testing

/// `nabo person erase` and `nabo person retention` as a script runs them: no terminal, so the name
/// is confirmed by flag; a wrong or missing name erases nothing.
@Suite(.serialized) struct ErasureCommandTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "LANG": "en_GB.UTF-8", "NABO_TODAY": "2026-11-22"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    func residents() throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(try nabo("list", "residents", "--json").stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test func withoutATerminalTheNameMustBeConfirmedAndMatch() throws {
        #expect(try nabo("demo").status == 0)
        let kari = try #require(try residents().first { $0["name"] as? String == "Kari Nordvik" }?["id"] as? String)
        let unconfirmed = try nabo("person", "erase", kari, "--reason", "Asked")
        #expect(unconfirmed.status != 0)
        #expect(unconfirmed.stderr.contains("--confirm-name"))
        let wrong = try nabo("person", "erase", kari, "--reason", "Asked", "--confirm-name", "Kari Nordmann")
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("nothing was erased"))
        #expect(try nabo("person", "erase", kari, "--reason", " ", "--confirm-name", "Kari Nordvik").status != 0)
        #expect(try residents().count == 14)
        let done = try nabo("person", "erase", kari, "--reason", "Asked", "--confirm-name", "kari  nordvik")
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("Erased 1 resident: 2 events, 1 resident, 2 responses, 19 visits. Kept without them: 4 dugnads."))
        #expect(try residents().count == 13)
        // Nothing is left to erase again, to restore or to show.
        #expect(try nabo("person", "erase", kari, "--reason", "Asked", "--confirm-name", "Kari Nordvik").status != 0)
        #expect(try nabo("delete", "resident", kari, "--restore").status != 0)
        #expect(try nabo("show", "resident", kari).status != 0)
    }

    @Test func retentionErasesEveryoneWhoMovedOutBeforeTheDay() throws {
        #expect(try nabo("gen", "--units", "60", "--residents", "120", "--visits", "800", "--years", "3").status == 0)
        let before = try residents()
        let leaving = before.filter { ($0["movedOut"] as? String).map { $0 < "2026-01-01" } ?? false }
        #expect(!leaving.isEmpty)
        let dry = try nabo("person", "retention", "--moved-out-before", "2026-01-01", "--reason", "Two years", "--dry-run", "--json")
        let listed = try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any]
        #expect((listed?["residents"] as? [[String: Any]])?.count == leaving.count)
        #expect(try residents().count == before.count)
        let run = try nabo("person", "retention", "--moved-out-before", "2026-01-01", "--reason", "Two years", "--json")
        #expect(run.status == 0, "\(run.stderr)")
        let answer = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(answer?["residents"] as? Int == leaving.count)
        let after = try residents()
        #expect(after.count == before.count - leaving.count)
        let gone = Set(leaving.compactMap { $0["id"] as? String })
        #expect(!after.contains { gone.contains($0["id"] as? String ?? "") })
        let journals = try FileManager.default.contentsOfDirectory(atPath: data + "/journal")
            .map { try String(contentsOfFile: data + "/journal/" + $0, encoding: .utf8) }.joined()
        for id in gone { #expect(!journals.contains(id)) }
        #expect(try nabo("check").status == 0)
        let again = try nabo("person", "retention", "--moved-out-before", "2026-01-01", "--reason", "Two years", "--dry-run", "--json")
        #expect(((try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])?["residents"] as? [Any])?.isEmpty == true)
    }

    @Test func aSheetThatStillListsAnErasedResidentDoesNotBringThemBackUnasked() throws {
        #expect(try nabo("demo").status == 0)
        let kari = try #require(try residents().first { $0["name"] as? String == "Kari Nordvik" }?["id"] as? String)
        let sheet = tmp.sub("beboere.csv")
        #expect(try nabo("export", "stock", "--kind", "residents", "--format", "csv", "--output", sheet).status == 0)
        #expect(try nabo("person", "erase", kari, "--reason", "Asked", "--confirm-name", "Kari Nordvik").status == 0)
        let dry = try nabo("import", sheet, "--dry-run")
        #expect(dry.stdout.contains("Kari Nordvik was erased earlier"), "\(dry.stdout)")
        #expect(try nabo("import", sheet).status != 0)
        #expect(try residents().count == 13)
        let back = try nabo("import", sheet, "--allow-erased")
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try residents().contains { $0["name"] as? String == "Kari Nordvik" && $0["id"] as? String != kari })
    }
}

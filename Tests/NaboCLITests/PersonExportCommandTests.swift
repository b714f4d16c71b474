import Foundation
import NaboTestSupport
import Testing

/// `nabo export person` as a worker answers an innsyn request: a file only they can read, with
/// every version of the person's records, parsed by Python's json module.
@Suite(.serialized) struct PersonExportCommandTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "nb_NO.UTF-8", "NABO_TODAY": "2026-11-22"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    func resident(named name: String) throws -> String {
        let list = try nabo("list", "residents", "--json")
        let rows = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        return try #require(rows.first { $0["name"] as? String == name }?["id"] as? String)
    }

    @Test func theDocumentHoldsEveryVersionAndIsTheWorkersAlone() throws {
        #expect(try nabo("demo").status == 0)
        let id = try resident(named: "Ørjan Ødegård")
        #expect(try nabo("set", "resident", id, "--phone", "40000099").status == 0)
        let file = tmp.sub("innsyn.md")
        let made = try nabo("export", "person", id, "--format", "md", "--output", file)
        #expect(made.status == 0, "\(made.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("# Alt Nabo har om Ørjan Ødegård\n"))
        #expect(text.contains("- Telefon: +4740000099"))
        #expect(text.contains("Telefon = +4740000001"))
        #expect(text.contains("Telefon = +4740000099"))
        #expect(!text.contains("Aisha Bello"))
    }

    @Test func theJSONIsReadByAnIndependentParser() throws {
        #expect(try nabo("demo").status == 0)
        let id = try resident(named: "Ørjan Ødegård")
        let out = try nabo("export", "person", id, "--format", "json", "--lang", "en")
        #expect(out.status == 0, "\(out.stderr)")
        let summary = try Python.run("""
            import json, sys
            d = json.load(sys.stdin)
            print(list(d.keys()))
            print(d["resident"][0]["fields"]["name"], len(d["resident"][0]["changes"]))
            print(len(d["surveyResponses"][0]["statements"]), d["surveyResponses"][0]["statements"][0]["statement"])
            print(d["dugnads"][0]["invited"], d["dugnads"][0]["attended"], len(d["dugnads"][0]["notices"]))
            """, input: Data(out.stdout.utf8))
        #expect(summary.split(separator: "\n") == [
            "['id', 'name', 'made', 'language', 'resident', 'visits', 'inputs', 'surveyResponses', 'dugnads']",
            "Ørjan Ødegård 1",
            "13 I am satisfied with my home",
            "True True 2",
        ])
    }

    @Test func anUnknownResidentIsRefused() throws {
        #expect(try nabo("demo").status == 0)
        let out = try nabo("export", "person", "res-nobody", "--format", "md")
        #expect(out.status == 1)
        #expect(out.stderr.contains("Fant ingen beboer med id res-nobody."))
        #expect(try nabo("export", "person", "res-nobody", "--format", "pdf").stderr.contains("md, json"))
    }
}

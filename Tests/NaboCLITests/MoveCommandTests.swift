import Foundation
import NaboTestSupport
import Testing

/// `nabo move` does what the move form does: one change, a tenancy for every stay, letting after it.
@Suite(.serialized) struct MoveCommandTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "en_GB.UTF-8", "NABO_TODAY": "2026-11-22"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    func json(_ r: Binary.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    func id(_ r: Binary.Result) -> String { r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }

    func unitStatus(_ unit: String) throws -> String? {
        (try json(try nabo("show", "unit", unit, "--json")) as? [String: Any])?["status"] as? String
    }

    @Test func moveInAndOutKeepsTheTenancyAndTheUnitFollows() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain").status == 0)
        let a = id(try nabo("add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord"))
        let u = id(try nabo("add", "unit", "--address", a, "--number", "H0101"))
        let r = id(try nabo("add", "resident", "--name", "Solveig Bakkeli"))
        #expect(try unitStatus(u) == "vacant")

        let moved = try nabo("move", r, "--unit", u, "--date", "01.11.2026", "--json")
        #expect(moved.status == 0, "\(moved.stderr)")
        let answer = try #require(try json(moved) as? [String: Any])
        #expect(answer["date"] as? String == "2026-11-01")
        #expect(answer["unit"] as? String == u)
        #expect(try unitStatus(u) == "let")
        let refused = try nabo("set", "unit", u, "--status", "vacant")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Unit H0101 is let: Solveig Bakkeli lives there by contract"))

        let out = try nabo("move", r, "--out", "--date", "2026-11-20")
        #expect(out.status == 0)
        #expect(out.stdout == "Solveig Bakkeli moves out on 2026-11-20.\n")
        #expect(try unitStatus(u) == "vacant")
        let stays = try #require(try json(try nabo("list", "tenancies", "--json")) as? [[String: Any]])
        #expect(stays.count == 1)
        #expect(stays[0]["from"] as? String == "2026-11-01" && stays[0]["to"] as? String == "2026-11-20" && stays[0]["unit"] as? String == u)

        let neither = try nabo("move", r, "--date", "2026-11-21")
        #expect(neither.status == 1)
        #expect(neither.stderr.contains("Give either --unit ID (moving in) or --out (moving out)."))
    }
}

/// A new store can take the survey at once, and the form file format is shown, not guessed.
@Suite(.serialized) struct NewStoreFormTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "en_GB.UTF-8"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args, environment: env)
    }

    @Test func aNewStoreHasTheSeedsFormAndTheTemplateReadsBackAsAForm() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain", "--data", data).status == 0)
        let forms = try #require(try JSONSerialization.jsonObject(with: Data(try nabo("list", "forms", "--json", "--data", data).stdout.utf8)) as? [[String: Any]])
        #expect(forms.count == 1)
        #expect(forms.first?["name"] as? String == "Kartlegging av bosituasjonen")

        let template = try nabo("show", "form", "--template")
        #expect(template.status == 0)
        let file = try #require(try JSONSerialization.jsonObject(with: Data(template.stdout.utf8)) as? [String: Any])
        #expect((file["statements"] as? [Any])?.count == 13)
        #expect((file["scale"] as? [Any])?.count == 7)
        try template.stdout.write(toFile: tmp.sub("form.json"), atomically: true, encoding: .utf8)
        let added = try nabo("add", "form", "--file", tmp.sub("form.json"), "--name", "Egen runde", "--data", data)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try nabo("show", "form", "--data", data).stderr.contains("Give an id"))
    }
}

import Foundation
import NaboCore
import NaboTestSupport
import Testing

/// The command line as scripts and outside checks use it: names, flags, JSON fields, exit codes.
@Suite(.serialized) struct CommandLineContractTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "en_GB.UTF-8"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args, environment: env)
    }

    func json(_ r: Binary.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    @Test func addListShowSetDeleteAndHistory() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain", "--data", data).status == 0)
        let added = try nabo("add", "address", "--data", data, "--street", "Midtåsveien", "--number", "22", "--postcode", "3225", "--city", "Sandefjord", "--json")
        #expect(added.status == 0)
        #expect(added.stdout.contains("\"Midtåsveien\""))
        let address = try #require(try json(added) as? [String: Any])
        #expect(Set(address.keys).isSuperset(of: ["id", "street", "number", "letter", "postcode", "city"]))
        let a = try #require(address["id"] as? String)
        let unit = try nabo("add", "unit", "--data", data, "--address", a, "--number", "h0101")
        #expect(unit.status == 0)
        let u = unit.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let units = try #require(try json(try nabo("list", "units", "--data", data, "--json")) as? [[String: Any]])
        #expect(units.count == 1)
        #expect(units[0]["number"] as? String == "H0101")
        #expect(Set(units[0].keys).isSuperset(of: ["id", "address", "number", "rooms", "status"]))
        let resident = try #require(try json(try nabo("add", "resident", "--data", data, "--name", "Nguyễn Thị Minh Khai", "--unit", u, "--phone", "40000017", "--json")) as? [String: Any])
        #expect(resident["phone"] as? String == "+4740000017")
        let r = try #require(resident["id"] as? String)
        let visit = try #require(try json(try nabo("add", "visit", "--data", data, "--resident", r, "--date", "2026-11-20", "--kind", "home-visit",
                                                   "--note", "Snakket om låsen", "--next", "2026-12-06", "--json")) as? [String: Any])
        #expect(Set(visit.keys).isSuperset(of: ["id", "residents", "unit", "address", "date", "kind", "worker", "note", "agreed", "next"]))
        #expect(visit["residents"] as? [String] == [r])
        #expect(visit["unit"] as? String == u)
        let measure = try #require(try json(try nabo("add", "measure", "--data", data, "--address", a, "--title", "Låse loftet", "--category", "attic", "--cost-to-agree", "yes", "--json")) as? [String: Any])
        #expect(Set(measure.keys).isSuperset(of: ["id", "address", "unit", "planItem", "category", "title", "status", "costToAgree", "responsible", "precondition", "inspection", "due"]))
        #expect(measure["status"] as? String == "not-started")
        #expect(measure["costToAgree"] as? Bool == true)
        let m = try #require(measure["id"] as? String)
        #expect(try nabo("set", "measure", m, "--status", "ordered", "--data", data).status == 0)
        let shown = try #require(try json(try nabo("show", "measure", m, "--data", data, "--json")) as? [String: Any])
        #expect(shown["status"] as? String == "ordered")
        let filtered = try #require(try json(try nabo("list", "measures", "--data", data, "--status", "ordered", "--json")) as? [[String: Any]])
        #expect(filtered.count == 1)
        let history = try #require(try json(try nabo("history", "measure", m, "--data", data, "--json")) as? [[String: Any]])
        #expect(history.count == 2)
        #expect(history.allSatisfy { $0["by"] as? String == "Kari Test" })
        #expect(try nabo("delete", "measure", m, "--data", data).status == 0)
        #expect(try nabo("show", "measure", m, "--data", data, "--json").stdout.contains("\"deleted\""))
        #expect(try nabo("check", "--data", data).status == 0)
    }

    @Test func badInputSaysWhatIsWrongOnOneLineAndChangesNothing() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain", "--data", data).status == 0)
        let a = try nabo("add", "address", "--data", data, "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord").stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let before = try nabo("list", "units", "--data", data, "--json").stdout
        for args in [["add", "unit", "--address", a, "--number", "X0101"], ["add", "unit", "--address", "adr-nope", "--number", "H0101"],
                     ["add", "resident", "--name", ""], ["add", "resident", "--name", "Ola", "--moved-in", "31.02.2026"],
                     ["set", "unit", "uni-nope", "--rooms", "2"], ["add", "measure", "--address", a, "--title", "x", "--status", "finished"],
                     ["add", "unit", "--address", a, "--number", "H0101", "--colour", "red"], ["list", "nonsense"]] {
            let r = try Binary.run(args + ["--data", data], environment: env)
            #expect(r.status != 0, "\(args)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("Error Domain"), "\(args)")
        }
        #expect(try nabo("list", "units", "--data", data, "--json").stdout == before)
        let nb = try Binary.run(["add", "unit", "--address", a, "--number", "X0101", "--data", data], environment: env.merging(["LANG": "nb_NO.UTF-8"]) { _, b in b })
        #expect(nb.stderr.contains("ikke et gyldig H-nummer"))
    }

    @Test func demoFillsTheStoreWithTheReportsData() throws {
        #expect(try nabo("demo", "--data", data).status == 0)
        let units = try #require(try json(try nabo("list", "units", "--data", data, "--json")) as? [[String: Any]])
        #expect(units.count == 23)
        let measures = try #require(try json(try nabo("list", "measures", "--data", data, "--json")) as? [[String: Any]])
        // The eight-measure plan at three addresses, and two measures decided at meetings.
        #expect(measures.count == 26)
        let meetings = try #require(try json(try nabo("list", "meetings", "--data", data, "--json")) as? [[String: Any]])
        #expect(meetings.count == 8)
        #expect(try nabo("list", "conflicts", "--data", data, "--json").stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let forms = try #require(try json(try nabo("list", "forms", "--data", data, "--json")) as? [[String: Any]])
        #expect(forms.count == 1)
        // Running it again adds nothing.
        #expect(try nabo("demo", "--data", data).status == 0)
        #expect((try json(try nabo("list", "units", "--data", data, "--json")) as? [[String: Any]])?.count == 23)
    }

    @Test func thePlansQuestionsAreAskedFromTheCommandLineAsTheBoardAsksThem() throws {
        #expect(try nabo("demo", "--data", data).status == 0)
        let all = try #require(try json(try nabo("list", "measures", "--data", data, "--json")) as? [[String: Any]])
        // The commands run on the pinned day.
        let today = Fixed.todayText
        let ids = { (r: Binary.Result) throws -> Set<String> in
            Set(try #require(try json(r) as? [[String: Any]]).compactMap { $0["id"] as? String })
        }
        // Worked out here from the exported fields, apart from Nabo's own rule.
        let late = Set(all.filter { ($0["due"] as? String).map { $0 < today } == true && $0["status"] as? String != "done" }.compactMap { $0["id"] as? String })
        #expect(!late.isEmpty)
        #expect(try ids(try nabo("list", "measures", "--late", "--data", data, "--json")) == late)
        let waiting = Set(all.filter { $0["responsible"] as? String == "byggdrift" && ["to-assess", "ordered", "in-progress"].contains($0["status"] as? String ?? "") }
            .compactMap { $0["id"] as? String })
        #expect(!waiting.isEmpty)
        #expect(try ids(try nabo("list", "measures", "--waiting-on-byggdrift", "--data", data, "--json")) == waiting)
        let m = try #require(all.first { $0["status"] as? String != "done" }?["id"] as? String)
        #expect(try nabo("set", "measure", m, "--status", "done", "--data", data).status == 0)
        #expect(try ids(try nabo("list", "measures", "--done-since", today, "--data", data, "--json")).contains(m))
        #expect(try ids(try nabo("list", "measures", "--done-since", "2099-01-01", "--data", data, "--json")).isEmpty)
        let wrong = try nabo("list", "visits", "--late", "--data", data)
        #expect(wrong.status != 0 && wrong.stderr.contains("nabo list measures"))
        #expect(try nabo("list", "measures", "--done-since", "i går", "--data", data).stderr.contains("is not a date"))
    }

    @Test func syncReportsWhatMovedAndCheckFailsOnlyOnDamage() throws {
        let usb = tmp.sub("usb")
        #expect(try nabo("demo", "--data", data).status == 0)
        let first = try #require(try json(try nabo("sync", usb, "--data", data, "--json")) as? [String: Any])
        #expect((first["sent"] as? Int ?? 0) > 80)
        let again = try #require(try json(try nabo("sync", usb, "--data", data, "--json")) as? [String: Any])
        #expect(again["sent"] as? Int == 0)
        #expect(again["received"] as? Int == 0)
        let journal = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/journal").first)
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: data + "/journal/" + journal))
        h.seekToEndOfFile()
        h.write(Data("not json at all\n{\"v\":1}\n".utf8))
        try h.close()
        let check = try nabo("check", "--data", data)
        #expect(check.status != 0)
        #expect(check.stdout.contains("cannot be read"))
    }
}

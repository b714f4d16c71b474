import Foundation
import NaboTestSupport
import Testing

/// `nabo history` names what an id stands for: the text shows the name with the id after it, and
/// `--json` keeps every key it had and adds the names beside the ids.
@Suite(.serialized) struct HistoryCommandTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "nb_NO.UTF-8", "NABO_TODAY": "2026-11-22"] }

    func json(_ arguments: [String]) throws -> Any {
        let r = try Binary.run(arguments + ["--json", "--data", data], environment: env)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    @Test func aMeasuresHistoryNamesItsAddressAndPlanItemAndKeepsTheIds() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: env).status == 0)
        let measures = try #require(try json(["list", "measures"]) as? [[String: Any]])
        let measure = try #require(measures.first { $0["planItem"] as? String == "plan-1" })
        let id = try #require(measure["id"] as? String), address = try #require(measure["address"] as? String)
        let place = try #require(try json(["show", "address", address]) as? [String: Any])
        let street = "\(place["street"] as? String ?? "") \(place["number"] as? Int ?? 0)"

        let text = try Binary.run(["history", "measure", id, "--data", data], environment: env)
        #expect(text.status == 0)
        #expect(text.stdout.contains("address=\(street) (\(address))"))
        #expect(text.stdout.contains("planItem=Låse og stenge loftet (plan-1)"))

        let history = try #require(try json(["history", "measure", id]) as? [[String: Any]])
        let created = try #require(history.first)
        #expect(Set(created.keys).isSuperset(of: ["op", "at", "by", "set", "names"]))
        let set = try #require(created["set"] as? [String: Any])
        #expect(set["address"] as? String == address && set["planItem"] as? String == "plan-1")
        let names = try #require(created["names"] as? [String: String])
        #expect(names["plan-1"] == "Låse og stenge loftet")
        #expect(names[address] == street)
    }

    @Test func aVisitsResidentsAreNamedInTheTextAndBesideTheirIdsInJSON() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: env).status == 0)
        let residents = try #require(try json(["list", "residents"]) as? [[String: Any]])
        let kari = try #require(residents.first { $0["name"] as? String == "Kari Nordvik" }?["id"] as? String)
        let visit = try #require(try json(["add", "visit", "--resident", kari, "--date", "2026-11-22", "--kind", "phone"]) as? [String: Any])
        let id = try #require(visit["id"] as? String)

        let text = try Binary.run(["history", "visit", id, "--data", data], environment: env)
        #expect(text.stdout.contains("+residents Kari Nordvik (\(kari))"))
        let history = try #require(try json(["history", "visit", id]) as? [[String: Any]])
        #expect(history[0]["add"] as? [String] == ["residents \(kari)"])
        #expect((history[0]["names"] as? [String: String])?[kari] == "Kari Nordvik")
    }
}

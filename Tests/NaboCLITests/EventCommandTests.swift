import Foundation
import NaboTestSupport
import Testing

/// `nabo add event` given at a resident, and `nabo list events` by kind and by period, as a
/// script reads them.
@Suite struct EventCommandTests {
    let store = CommandStore("nabo-events")

    func run(_ arguments: [String]) throws -> Binary.Result { try store.run(arguments) }

    func events(_ filters: [String]) throws -> [[String: Any]] {
        let result = try run(["list", "events", "--json"] + filters)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    func id(_ result: Binary.Result) -> String { result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }

    @Test func eventsAreCountedAtTheResidentsAddressAndListedByKindAndPeriod() throws {
        #expect(try store.initialise())
        let address = id(try run(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord"]))
        let unit = id(try run(["add", "unit", "--address", address, "--number", "H0101"]))
        let eva = id(try run(["add", "resident", "--name", "Eva Prøve", "--unit", unit, "--moved-in", "2026-01-01"]))
        #expect(try run(["add", "event", "--kind", "neighbour-complaint", "--resident", eva, "--date", "31.10.2026", "--note", "Musikk"]).status == 0)
        #expect(try run(["add", "event", "--kind", "neighbour-complaint", "--unit", unit, "--date", "2026-11-01"]).status == 0)
        #expect(try run(["add", "event", "--kind", "operations-request", "--address", address, "--date", "2026-11-30"]).status == 1)
        #expect(try run(["add", "event", "--kind", "operations-request", "--address", address, "--date", "2026-11-22"]).status == 0)

        let all = try events([])
        #expect(all.map { $0["date"] as? String } == ["2026-10-31", "2026-11-01", "2026-11-22"])
        #expect(all[0]["resident"] as? String == eva && all[0]["unit"] as? String == unit && all[0]["address"] as? String == address)
        #expect(all[0]["worker"] as? String == "Kari Test" && all[0]["note"] as? String == "Musikk")
        #expect(all[1]["resident"] is NSNull && all[1]["address"] as? String == address)
        #expect(try events(["--kind", "neighbour-complaint"]).count == 2)
        // Both days are in the period.
        #expect(try events(["--from", "2026-11-01", "--to", "22.11.2026"]).map { $0["date"] as? String } == ["2026-11-01", "2026-11-22"])
        #expect(try events(["--to", "2026-10-31", "--address", address]).count == 1)

        let later = try run(["list", "events", "--from", "2026-11-22", "--to", "2026-11-01"])
        #expect(later.status != 0 && later.stderr.contains("--to cannot be before --from."))
        let undated = try run(["list", "addresses", "--from", "2026-11-01"])
        #expect(undated.status != 0 && undated.stderr.contains("--from and --to apply to records with a date: visits,"))
        let notADay = try run(["list", "visits", "--from", "31.02.2026"])
        #expect(notADay.status != 0 && notADay.stderr.contains("--from “31.02.2026” is not a date"))
    }

    /// The project's periods, set without an id, are what `nabo indicators` counts over.
    @Test func indicatorsCountOverTheProjectsPeriods() throws {
        #expect(try store.initialise())
        let address = id(try run(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord"]))
        #expect(try run(["add", "event", "--kind", "police", "--address", address, "--date", "2025-06-01"]).status == 0)
        #expect(try run(["add", "event", "--kind", "police", "--address", address, "--date", "2026-03-01"]).status == 0)
        #expect(try run(["add", "event", "--kind", "police", "--address", address, "--date", "2026-03-02"]).status == 0)
        #expect(id(try run(["set", "project", "--start", "2026-01-01", "--baseline-start", "2025-01-01", "--name", "Trygg bolig"])) == "prj-project")
        #expect(try run(["set", "project", "prj-other", "--end", "2026-12-31"]).status != 0)

        let result = try run(["indicators", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let periods = try #require(json["periods"] as? [[String: Any]])
        #expect(periods.map { $0["from"] as? String } == ["2025-01-01", "2026-01-01"])
        #expect(periods.map { $0["to"] as? String } == ["2025-12-31", "2026-11-22"])
        let first = try #require((json["addresses"] as? [[String: Any]])?.first)
        #expect(first["name"] as? String == "Runarveien 1")
        let counts = try #require(first["counts"] as? [String: [Any]])
        #expect(counts["police"] as? [Int] == [1, 2])
        #expect(counts["days-to-tell-back"]?.allSatisfy { $0 is NSNull } == true)

        let text = try run(["indicators", "--by", "quarter", "--from", "2026-01-01", "--lang", "en"])
        #expect(text.stdout.contains("2026-Q1") && text.stdout.contains("Police called"))
        #expect(try run(["indicators", "--by", "week"]).stderr.contains("Choose one of: month, quarter."))
    }
}

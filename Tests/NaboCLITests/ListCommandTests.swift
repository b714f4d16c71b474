import Foundation
import NaboTestSupport
import Testing

/// `nabo list visits --date DAY` lists every visit on that day, whatever its time; a date with a
/// time matches that moment alone.
@Suite struct ListCommandTests {
    @Test func aDayListsEveryVisitOnItWhateverItsTime() throws {
        let store = CommandStore("list-day")
        #expect(try store.initialise())
        let resident = try store.id(["add", "resident", "--name", "Solveig Bakkeli"])
        for (date, note) in [("2026-11-02 09:00", "Morgen."), ("2026-11-02 14:30", "Ettermiddag."), ("2026-11-02", "Uten klokkeslett."),
                             ("2026-11-03 10:00", "Dagen etter."), ("2026-11-01 23:59", "Dagen før.")] {
            _ = try store.id(["add", "visit", "--resident", resident, "--date", date, "--note", note])
        }
        let notes = { (args: [String]) throws -> [String] in
            let listed = try JSONSerialization.jsonObject(with: Data(try store.run(["list", "visits", "--json"] + args).stdout.utf8)) as? [[String: Any]]
            return (listed ?? []).compactMap { $0["note"] as? String }
        }
        #expect(try notes(["--date", "2026-11-02"]) == ["Uten klokkeslett.", "Morgen.", "Ettermiddag."])
        #expect(try notes(["--date", "02.11.2026"]) == ["Uten klokkeslett.", "Morgen.", "Ettermiddag."])
        #expect(try notes(["--date", "2026-11-02 14:30"]) == ["Ettermiddag."])
        #expect(try notes(["--date", "2026-11-04"]) == [])
        // A date that is no date is refused, as add refuses it, rather than matching nothing.
        for bad in ["31.02.2026", "2026-11-02 25:00", "igår"] {
            let refused = try store.run(["list", "visits", "--date", bad])
            #expect(refused.status != 0 && refused.stderr.contains(bad), "\(bad): \(refused.stderr)")
        }
    }
}

import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboCLI

/// Every value from a closed set, every mistyped flag and every refusal is said the same way: one
/// line naming what would do, a non-zero exit, and under `--json` a JSON object a script can read.
@Suite(.serialized) struct CommandLineRefusalTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "en_GB.UTF-8"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args, environment: env)
    }

    func json(_ r: Binary.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    @Test func aMisspeltValueIsRefusedWithTheValidOnes() throws {
        #expect(try nabo("demo", "--data", data).status == 0)
        let refusals: [([String], String)] = [
            (["list", "measures", "--status", "wating"], "“wating” is not a valid status. Choose one of: not-started, to-assess, waiting, ordered, in-progress, done."),
            (["list", "visits", "--kind", "visit"], "Choose one of: home-visit, not-at-home, inspection, phone, meeting."),
            (["list", "measures", "--due", "01.13.2026"], "is not a valid date (due)"),
            (["list", "nonsense"], "Choose one of: addresses, units, residents, visits, measures, dugnads, inputs, responses, forms, followups, tenancies, events, projects, meetings, agenda-items, activities, notices, goals, conflicts, due."),
            (["list", "due", "--status", "done"], "nabo list due takes no filters (--status)."),
            (["list", "conflicts", "--late"], "nabo list conflicts takes no filters."),
            (["export", "plan", "--format", "xls"], "“xls” is not a valid value for --format. Choose one of: csv, md."),
            (["export", "survey", "--format", "pdf"], "Choose one of: csv, md."),
            (["export", "dugnad", "dug-x", "--format", "ical"], "Choose one of: ics, csv, vcf, notice."),
            (["show", "mesure", "mea-x"], "Nabo has no record type “mesure”. Choose one of: address, unit, resident, visit, measure, dugnad, input, response, form, followup, tenancy, event, project, meeting, agenda-item, activity, notice, goal."),
            (["add", "adress", "--street", "x"], "Nabo has no record type “adress”."),
            (["list", "due", "--lang", "fr"], "Nabo does not speak “fr”. Choose nb (bokmål) or en (English)."),
            (["list", "due", "--kdf-cost", "5"], "--kdf-cost is 10–20, not 5."),
            (["interface", "--lang", "fr"], "Nabo does not speak “fr”."),
        ]
        for (args, expected) in refusals {
            let r = try Binary.run(args + ["--data", data], environment: env)
            #expect(r.status == 1, "\(args)")
            #expect(r.stdout.isEmpty, "\(args): \(r.stdout)")
            #expect(r.stderr.hasPrefix("nabo: ") && r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(expected), "\(args): \(r.stderr)")
        }
        let nb = try Binary.run(["list", "measures", "--status", "wating", "--data", data], environment: env.merging(["LANG": "nb_NO.UTF-8"]) { _, b in b })
        #expect(nb.stderr == "nabo: «wating» er ikke en gyldig status. Velg en av: not-started, to-assess, waiting, ordered, in-progress, done.\n")
    }

    @Test func aMistypedFlagIsNamedAndTheNearestSuggested() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain", "--data", data).status == 0)
        let jsn = try nabo("list", "measures", "--data", data, "--jsn")
        #expect(jsn.status == 1)
        #expect(jsn.stderr.hasPrefix("nabo: Unknown field --jsn for a measure. Did you mean --json? The fields are: --address --unit --plan-item"))
        #expect(try nabo("add", "measure", "--sttaus", "done", "--data", data).stderr.contains("Did you mean --status?"))
        #expect(try nabo("add", "address", "--colour", "red", "--data", data).stderr
            == "nabo: Unknown field --colour for an address. The fields are: --street --number --letter --postcode --city --gnr --bnr.\n")
        // A known field without its value is still told so.
        #expect(try nabo("list", "measures", "--data", data, "--status").stderr == "nabo: --status needs a value.\n")
    }

    @Test func listFiltersAreReadAsAddReadsThem() throws {
        #expect(try nabo("demo", "--data", data).status == 0)
        let all = try #require(try json(try nabo("list", "measures", "--data", data, "--json")) as? [[String: Any]])
        let waiting = all.filter { $0["status"] as? String == "waiting" }.count
        #expect(waiting > 0)
        #expect((try json(try nabo("list", "measures", "--status", "WAITING", "--data", data, "--json")) as? [[String: Any]])?.count == waiting)
        let due = try #require(all.compactMap { $0["due"] as? String }.first)
        let norwegian = due.split(separator: "-").reversed().joined(separator: ".")
        let found = try #require(try json(try nabo("list", "measures", "--due", norwegian, "--data", data, "--json")) as? [[String: Any]])
        #expect(!found.isEmpty && found.allSatisfy { $0["due"] as? String == due })
    }

    @Test func withJSONARefusalIsAJSONObjectOnStandardOutput() throws {
        #expect(try nabo("demo", "--data", data).status == 0)
        for args in [["show", "measure", "mea-nope"], ["list", "measures", "--status", "wating"], ["export", "plan", "--format", "xls"],
                     ["show", "measure", "mea-nope", "--jsn"], ["add", "unit", "--number", "H0101"]] {
            let r = try Binary.run(args + ["--data", data, "--json"], environment: env)
            #expect(r.status != 0, "\(args)")
            let object = try #require(try json(r) as? [String: Any], "\(args): \(r.stdout)")
            let error = try #require(object["error"] as? String, "\(args)")
            #expect(!error.isEmpty && !error.contains("\n"), "\(args)")
            // People still read the reason on standard error.
            #expect(r.stderr.contains(error), "\(args): \(r.stderr)")
        }
        // A refusal about one field names it, as the form shows it under that field.
        let field = try #require(try json(try nabo("add", "dugnad", "--title", "Rydde", "--start", "2026-12-04", "--data", data, "--json")) as? [String: Any])
        #expect(field["field"] as? String == "addresses")
        let unknown = try #require(try json(try nabo("show", "measure", "mea-nope", "--jsn", "--data", data, "--json")) as? [String: Any])
        #expect(unknown["error"] as? String == "Unknown option '--jsn'. Did you mean '--json'?")
    }

    @Test func commonOptionsWorkBeforeTheCommandToo() throws {
        #expect(try nabo("demo", "--data", data).status == 0)
        let after = try nabo("list", "due", "--data", data, "--lang", "nb")
        #expect(after.status == 0 && after.stdout.contains("dager over"))
        #expect(try nabo("--lang", "nb", "--data", data, "list", "due").stdout == after.stdout)
        #expect(try nabo("--lang=nb", "--data=\(data)", "list", "due").stdout == after.stdout)
        let units = try nabo("--json", "--data", data, "list", "units")
        #expect((try json(units) as? [[String: Any]])?.count == 23)
        #expect(try nabo("--data", data, "export", "plan", "--format", "csv").stdout.hasPrefix("ID,Title,"))
    }

    @Test func hoistingMovesOnlyLeadingCommonOptionsAndStopsAtDoubleDash() {
        let commands: Set = ["list", "add", "export"]
        #expect(GlobalOptions.hoisted(["--lang", "en", "list", "due"], commands: commands) == ["list", "due", "--lang", "en"])
        #expect(GlobalOptions.hoisted(["--json", "add", "visit", "--", "--note"], commands: commands) == ["add", "visit", "--json", "--", "--note"])
        // No command follows: the interface's own options, left as they are.
        #expect(GlobalOptions.hoisted(["--lang", "en", "--demo"], commands: commands) == ["--lang", "en", "--demo"])
        #expect(GlobalOptions.hoisted(["--data"], commands: commands) == ["--data"])
        #expect(FlagSuggestion.nearest("jsn", among: StoreOptions.names) == "json")
        #expect(FlagSuggestion.nearest("colour", among: StoreOptions.names) == nil)
    }

    @Test func versionAndTheFieldsOfATypeUnderHelp() throws {
        let version = try nabo("--version")
        #expect(version.status == 0 && version.stdout == "0.1.0\n")
        let visit = try nabo("add", "visit", "--help")
        #expect(visit.status == 0)
        #expect(visit.stdout.contains("USAGE: nabo add <type>"))
        #expect(visit.stdout.contains("Fields of a visit (nabo add visit --FIELD VALUE):"))
        #expect(visit.stdout.contains("--kind VALUE"))
        #expect(visit.stdout.contains("kind: one of home-visit, not-at-home, inspection, phone, meeting; default home-visit"))
        #expect(visit.stdout.contains("--date DATE[ TIME]  date, optionally with a time: 2026-11-22 14:00; required"))
        #expect(visit.stdout.contains("--next DATE"))
        let nb = try nabo("--lang", "nb", "set", "dugnad", "--help")
        #expect(nb.stdout.contains("Felt for dugnad (nabo set dugnad ID --FELT VERDI):"))
        #expect(nb.stdout.contains("eller bare et klokkeslett (20:00), på startens dag"))
        #expect(nb.stdout.contains("--not-FELT ID fjerner fra en liste"))
        #expect(try nabo("help", "add", "visit").stdout == visit.stdout)
        let filters = try nabo("list", "measures", "-h")
        #expect(filters.stdout.contains("Filters for measures"))
        #expect(!filters.stdout.contains("required"))
    }

    @Test func aDugnadsEndTypedAsATimeAloneIsOnTheStartsDay() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain", "--data", data).status == 0)
        let a = try nabo("add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord", "--data", data)
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for start in ["2026-12-04T10:00", "2026-12-04 10:00", "04.12.2026 10:00", "4 Dec 2026 10:00", "4. des. 2026 10.00"] {
            let dugnad = try #require(try json(try nabo("add", "dugnad", "--address", a, "--title", "Rydde", "--start", start, "--end", "14:00",
                                                        "--data", data, "--json")) as? [String: Any], "\(start)")
            #expect((dugnad["end"] as? String)?.hasPrefix("2026-12-04T14:00") == true, "\(start): \(dugnad)")
            let id = try #require(dugnad["id"] as? String)
            let later = try #require(try json(try nabo("set", "dugnad", id, "--end", "15.30", "--data", data, "--json")) as? [String: Any])
            #expect((later["end"] as? String)?.hasPrefix("2026-12-04T15:30") == true)
        }
    }
}

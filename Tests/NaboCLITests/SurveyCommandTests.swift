import Foundation
import NaboCore
import NaboTestSupport
import Testing

/// `nabo survey summary`, `nabo export survey` and `nabo add form --file` against the demo data.
@Suite(.serialized) struct SurveyCommandTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "en_GB.UTF-8"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    func object(_ r: Binary.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func theSummaryOfTheLatestRoundHasTheIndexAndEveryStatement() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: env).status == 0)
        let s = try object(try nabo("survey", "summary", "--json"))
        #expect(s["round"] as? String == "Oktober 2026")
        #expect(s["respondents"] as? Int == 11)
        #expect((s["statements"] as? [[String: Any]])?.count == 13)
        let index = try #require(s["index"] as? [String: Any])
        #expect(index["indexed"] as? Int == 11)
        #expect(index["median"] as? Double != nil)
        let addresses = try #require(s["addresses"] as? [[String: Any]])
        #expect(addresses.map { $0["label"] as? String } == ["Midtåsveien 22", "Runarveien 1", "Runarveien 3"])
        let one = try #require(addresses.first?["id"] as? String)
        #expect(try object(try nabo("survey", "summary", "--address", one, "--json"))["respondents"] as? Int == 2)
        let text = try nabo("survey", "summary").stdout
        #expect(text.contains(" 9  I experience unwanted visitors in my home (negatively worded)"))
        let wrong = try nabo("survey", "summary", "--round", "Mars")
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "nabo: No round “Mars”. The rounds are: “Januar 2026”, “Oktober 2026”.\n")
    }

    @Test func theExportHidesSmallGroupsUnlessTheMinimumIsLowered() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: env).status == 0)
        let md = try nabo("export", "survey", "--format", "md")
        #expect(md.status == 0)
        // In the latest round Midtåsveien 22 has 2 respondents and Runarveien 3 has 4: both are hidden.
        #expect(md.stdout.contains("| Midtåsveien 22 | * | * |\n| Runarveien 1 | 5 | 67.9 |\n| Runarveien 3 | * | * |\n| All | 11 |"))
        let open = try nabo("export", "survey", "--format", "md", "--min-group", "2").stdout
        #expect(open.contains("| Midtåsveien 22 | 2 |"))
        // The first round: Midtåsveien 22 (3) and Runarveien 3 (4) hidden in the index and every statement.
        let rows = try Python.csvRows(Data(try nabo("export", "survey", "--format", "csv", "--round", "januar 2026").stdout.utf8))
        #expect(rows.count == 1 + 4 + 13 * 4)
        #expect(rows.dropFirst().filter { $0.last == "yes" }.count == 2 + 13 * 2)
        #expect(try nabo("export", "survey", "--format", "md", "--min-group", "0").status == 1)
        let compared = try nabo("export", "survey", "--format", "md", "--compare", "Januar 2026", "--min-group", "2", "--lang", "nb").stdout
        #expect(compared.contains("Sammenlignet med «Januar 2026»."))
        #expect(compared.contains("| Runarveien 3 | 4 | 60,9 | 54,5 | ↑ +6,4 |"))
        #expect(compared.contains("| = 0,0 |"))
        #expect(try nabo("export", "survey", "--format", "csv", "--compare", "Mars").status == 1)
    }

    @Test func aFormFromAFileIsImportedAndItsResponsesFormTheLatestRound() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: env).status == 0)
        let file = tmp.sub("form.json")
        try """
            {"name": "Oppfølging etter dugnad", "version": 2,
             "scale": [{"value": 1, "nb": "Veldig uenig", "en": "Strongly disagree"}, {"value": 7, "nb": "Veldig enig", "en": "Strongly agree"}],
             "statements": [{"id": "a", "nb": "Oppgangen er ryddig", "en": "The stairwell is tidy"},
                            {"id": "b", "nb": "Jeg ble spurt om hva som skulle gjøres", "en": "I was asked what should be done"},
                            {"id": "c", "nb": "Det ligger søppel i oppgangen", "en": "There is rubbish in the stairwell", "negative": true}]}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let added = try object(try nabo("add", "form", "--file", file, "--json"))
        let form = try #require(added["id"] as? String)
        #expect(added["version"] as? Int == 2)
        #expect((added["statements"] as? [[String: Any]])?.count == 3)
        let forms = try #require(try JSONSerialization.jsonObject(with: Data(try nabo("list", "forms", "--json").stdout.utf8)) as? [[String: Any]])
        #expect(forms.count == 2)
        let residents = try #require(try JSONSerialization.jsonObject(with: Data(try nabo("list", "residents", "--json").stdout.utf8)) as? [[String: Any]])
        let resident = try #require(residents.first?["id"] as? String)
        let unconsented = try nabo("add", "response", "--resident", resident, "--form", form, "--round", "Etter dugnaden",
                                   "--answers", #"{"a": 6}"#, "--date", "2099-01-05")
        #expect(unconsented.status == 1)
        #expect(unconsented.stderr == "nabo: The response cannot be saved without consent. Ask the resident first and record the date consent was given.\n")
        let response = try nabo("add", "response", "--resident", resident, "--form", form, "--round", "Etter dugnaden",
                                "--answers", #"{"a": 6, "b": 5, "c": 2}"#, "--form-version", "2", "--date", "2099-01-05",
                                "--consent", "2025-01-05")
        #expect(response.status == 0, "\(response.stderr)")
        let s = try object(try nabo("survey", "summary", "--json"))
        #expect(s["round"] as? String == "Etter dugnaden")
        #expect((s["form"] as? [String: Any])?["name"] as? String == "Oppfølging etter dugnad")
        // (6 + 5 + (8 - 2)) / 3 = 17 / 3; (17 / 3 - 1) / 6 x 100 = 77.778.
        #expect((s["index"] as? [String: Any])?["median"] as? Double == 77.778)
        let bad = tmp.sub("bad.json")
        try #"{"name": "Tomt", "statements": []}"#.write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try nabo("add", "form", "--file", bad)
        #expect(refused.status == 1)
        #expect(refused.stderr == "nabo: A form needs at least one statement.\n")
    }

    @Test func aSecondResponseInTheSameRoundIsRefusedUnlessItReplacesTheFirst() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: env).status == 0)
        let residents = try #require(try JSONSerialization.jsonObject(with: Data(try nabo("list", "residents", "--json").stdout.utf8)) as? [[String: Any]])
        let resident = try #require(residents.first?["id"] as? String)
        let name = try #require(residents.first?["name"] as? String)
        let form = try #require((try JSONSerialization.jsonObject(with: Data(try nabo("list", "forms", "--json").stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        let answer = ["add", "response", "--resident", resident, "--form", form, "--round", "Etter dugnaden", "--date", "2025-01-05", "--consent", "2025-01-05"]
        let first = try Binary.run(answer + ["--answers", #"{"1": 2}"#, "--data", data], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        let firstID = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let second = try Binary.run(answer + ["--answers", #"{"1": 6}"#, "--data", data], environment: env)
        #expect(second.status == 1)
        #expect(second.stderr == "nabo: \(name) already answered the survey in round “Etter dugnaden” on 2025-01-05 (\(firstID)). Replace that response (--replace) or choose another round.\n")
        let replaced = try Binary.run(answer + ["--answers", #"{"1": 6}"#, "--replace", "--data", data], environment: env)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.trimmingCharacters(in: .whitespacesAndNewlines) != firstID)
        let s = try object(try nabo("survey", "summary", "--round", "Etter dugnaden", "--json"))
        #expect(s["respondents"] as? Int == 1)
        #expect(try nabo("add", "visit", "--replace").stderr == "nabo: --replace applies only to survey responses (response).\n")
    }
}

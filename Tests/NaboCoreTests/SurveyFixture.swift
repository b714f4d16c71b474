@testable import NaboCore

/// Fifteen respondents at three addresses answering a three-statement form whose third statement is
/// negatively worded. Each answers x, x and 8 - x, so their index is (x - 1) / 6 x 100:
/// Runarveien 1 x = 1 2 4 5 7 7 (and one who answered a single statement), Runarveien 3 x = 3 6,
/// Midtåsveien 22 x = 2 2 3 4 6 7 7.
struct SurveyFixture {
    var world = World()
    var form = ""
    var runarveien1 = "", runarveien3 = "", midtasveien22 = ""
    var residents: [String: [String]] = [:]

    static let statements = #"[{"id": "1", "nb": "Jeg er fornøyd med boligen min", "en": "I am satisfied with my home"},"#
        + #" {"id": "2", "nb": "Jeg føler meg trygg", "en": "I feel safe"},"#
        + #" {"id": "3", "nb": "Jeg opplever uønsket besøk", "en": "I experience unwanted visitors", "negative": true}]"#

    init() throws {
        runarveien1 = try world.address("Runarveien", "1")
        runarveien3 = try world.address("Runarveien", "3")
        midtasveien22 = try world.address("Midtåsveien", "22")
        form = try world.add(.form, ["name": "Testskjema", "version": "2", "statements": Self.statements])
        for (address, xs) in [(runarveien1, [1, 2, 4, 5, 7, 7]), (runarveien3, [3, 6]), (midtasveien22, [2, 2, 3, 4, 6, 7, 7])] {
            for (i, x) in xs.enumerated() {
                let r = try world.resident("Beboer \(address) \(i)", at: address)
                residents[address, default: []].append(r)
                try respond(r, round: "Januar 2024", date: "2024-01-\(10 + i)", answers: #"{"1": \#(x), "2": \#(x), "3": \#(8 - x)}"#)
            }
        }
        let partial = try world.resident("Beboer med ett svar", at: runarveien1)
        try respond(partial, round: "Januar 2024", date: "2024-01-20", answers: #"{"1": 4, "2": null, "3": null}"#)
    }

    mutating func respond(_ resident: String, round: String, date: String?, answers: String, version: String = "2") throws {
        var values = ["resident": resident, "form": form, "round": round, "answers": answers, "formVersion": version, "consent": date ?? "2024-01-02"]
        if let date { values["date"] = date }
        try world.add(.response, values)
    }

    func results(_ round: String = "Januar 2024") -> SurveyResults {
        SurveyResults(round: round, form: nil, responses: SurveyResponse.all(in: world.replica), replica: world.replica)
    }
}

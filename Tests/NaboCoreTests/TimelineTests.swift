import Testing
@testable import NaboCore

/// A resident's timeline and a unit's history, newest first, with summaries in both languages.
@Suite struct TimelineTests {
    struct Setup {
        var w = World()
        var kari = "", ola = "", unit = ""
        var ids: [String: String] = [:]

        init() throws {
            let address = try w.address("Runarveien", "1")
            kari = try w.resident("Kari Nordvik", at: address)
            unit = try #require(w.replica.record("resident", kari)?.string("unit"))
            try w.commit(.set(.resident, id: kari, Edit(values: ["movedIn": "2025-03-01"])))
            ola = try w.add(.resident, ["name": "Ola Nordmann", "unit": unit, "movedIn": "2020-01-01", "movedOut": "2025-02-01"])
            let per = try w.resident("Per Hansen", at: address)
            ids["v1"] = try w.add(.visit, ["resident": kari, "date": "2026-11-20T14:00", "note": "Snakket om låsen.\nMer tekst.", "next": "2026-12-01"])
            ids["v2"] = try w.add(.visit, ["resident": kari, "date": "2026-11-10", "kind": "not-at-home"])
            ids["v3"] = try w.add(.visit, ["unit": unit, "date": "2026-10-01", "kind": "inspection", "note": "Befaring av boligen."])
            try w.add(.visit, ["resident": per, "date": "2026-11-19", "note": "Per sin."])
            ids["i1"] = try w.add(.input, ["resident": kari, "text": "Ønsker bedre lys", "date": "2026-11-15"])
            ids["i2"] = try w.add(.input, ["resident": kari, "text": "Benk", "date": "2026-09-01", "outcome": "alternative", "answeredOn": "2026-09-20"])
            let form = try w.add(.form, BuiltInForm.edit.values)
            let all = "{" + (1...13).map { "\"\($0)\": 4" }.joined(separator: ", ") + "}"
            ids["r1"] = try w.add(.response, ["resident": kari, "form": form, "round": "Januar 2024", "answers": all, "date": "2024-01-10", "consent": "2024-01-10"])
            ids["r2"] = try w.add(.response, ["resident": kari, "form": form, "round": "Oktober 2026", "answers": #"{"1": 5}"#, "date": "2026-11-21",
                                              "consent": "2026-11-21", "status": "in-progress"])
            ids["m1"] = try w.add(.measure, ["address": address, "unit": unit, "title": "Skifte lås", "status": "ordered", "visit": ids["v1"]!])
            ids["m2"] = try w.add(.measure, ["address": address, "title": "Merke ringeklokke", "inspection": "2026-11-12", "visit": ids["v2"]!])
            try w.add(.measure, ["address": address, "title": "Male trappen"])
        }

        func id(_ key: String) -> String { ids[key]! }
    }

    @Test func aResidentsTimelineIsTheirVisitsInputsAnswersAndMeasuresNewestFirst() throws {
        let s = try Setup()
        let entries = Timeline.forResident(s.kari, s.w.replica)
        #expect(entries.map(\.id) == [s.id("r2"), s.id("v1"), s.id("m1"), s.id("i1"), s.id("m2"), s.id("v2"), s.id("i2"), s.kari, s.id("r1")])
        #expect(entries.map(\.kind) == [.response, .visit, .measure, .input, .measure, .visit, .input, .movedIn, .response])
        #expect(entries.map { $0.date?.iso ?? "" } == ["2026-11-21", "2026-11-20", "2026-11-20", "2026-11-15", "2026-11-12", "2026-11-10",
                                                       "2026-09-01", "2025-03-01", "2024-01-10"])
        #expect(entries[1].minutes == 14 * 60 && entries[5].minutes == nil)
        #expect(entries.map(\.summary.nb) == [
            "Kartlegging «Oktober 2026» påbegynt: 1 av 13 besvart",
            "Hjemmebesøk: Snakket om låsen.",
            "Tiltak: Skifte lås (bestilt)",
            "Innspill: Ønsker bedre lys (åpent)",
            "Tiltak: Merke ringeklokke (ikke startet)",
            "Ikke hjemme",
            "Innspill: Benk (alternativ tilbudt, svar gitt 20.09.2026)",
            "Flyttet inn i H0101, Runarveien 1",
            // All 13 answered 4: m = 4, (4 - 1) / 6 x 100 = 50.
            "Kartlegging «Januar 2024»: indeks 50, 13 av 13 besvart",
        ])
        #expect(entries[6].summary.en == "Input: Benk (alternative offered, answered 20 Sep 2026)")
        #expect(entries[8].summary.en == "Survey “Januar 2024”: index 50, 13 of 13 answered")
        #expect(entries[7].summary.en == "Moved into H0101, Runarveien 1")
        #expect(Timeline.forResident(s.kari, s.w.replica, index: TimelineIndex(s.w.replica)) == entries)
        #expect(Timeline.forResident("res-x", s.w.replica).isEmpty)
    }

    @Test func aMeasureMadeFromAFollowUpAnswerIsDatedByItsResponseNotLeftUndatedAtTheEnd() throws {
        var s = try Setup()
        let form = try #require(s.w.replica.record("response", s.id("r1"))?.string("form"))
        let response = try s.w.add(.response, ["resident": s.kari, "form": form, "round": "Høst 2026", "answers": #"{"10": 2}"#,
                                               "date": "2026-11-18", "consent": "2026-11-18", "followUps": #"{"10": "Bodene er ikke merket."}"#])
        let measure = try s.w.commit(try FollowUpChanges.measure(response: response, statement: "10", title: "Merke boder",
                                                                 category: "storage-room", atUnit: false, in: s.w.replica))[0].entity
        let entries = Timeline.forResident(s.kari, s.w.replica)
        let entry = try #require(entries.first { $0.id == measure })
        #expect(entry.date?.iso == "2026-11-18")
        #expect(entries.map(\.id).prefix(5) == [s.id("r2"), s.id("v1"), s.id("m1"), measure, response])
    }

    @Test func aUnitsHistoryIsItsResidentsComingAndGoingVisitsAndMeasures() throws {
        let s = try Setup()
        let entries = Timeline.forUnit(s.unit, s.w.replica)
        #expect(entries.map(\.id) == [s.id("v1"), s.id("m1"), s.id("v2"), s.id("v3"), s.kari, s.ola, s.ola])
        #expect(entries.map(\.summary.nb) == [
            "Hjemmebesøk: Snakket om låsen.", "Tiltak: Skifte lås (bestilt)", "Ikke hjemme", "Befaring: Befaring av boligen.",
            "Kari Nordvik flyttet inn", "Ola Nordmann flyttet ut", "Ola Nordmann flyttet inn",
        ])
        #expect(entries[5].summary.en == "Ola Nordmann moved out" && entries[5].kind == .movedOut)
        #expect(Timeline.forUnit(s.unit, s.w.replica, index: TimelineIndex(s.w.replica)) == entries)
    }
}

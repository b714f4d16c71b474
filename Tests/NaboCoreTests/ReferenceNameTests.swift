import Testing
@testable import NaboCore

/// What an id stored in a field stands for, as a record's history names it.
@Suite struct ReferenceNameTests {
    @Test func eachReferenceIsNamedForWhatItStandsForInBothLanguages() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let kari = try w.resident("Kari Nordvik", at: address)
        let unit = try #require(w.replica.record("resident", kari)?.string("unit"))
        let visit = try w.add(.visit, ["resident": kari, "date": "2026-11-20T14:00", "kind": "home-visit", "note": "Snakket om låsen."])
        let form = try w.add(.form, BuiltInForm.edit.values)
        let response = try w.add(.response, ["resident": kari, "form": form, "round": "Januar 2024", "answers": #"{"1": 4}"#,
                                             "date": "2024-01-10", "consent": "2024-01-10"])
        try w.add(.measure, ["address": address, "planItem": "plan-3", "title": "Merke ringeklokkene"])
        let name = { (type: EntityType, field: String, value: String) in ReferenceName.of(type, field: field, value: value, in: w.replica) }

        #expect(name(.measure, "address", address) == Message(nb: "Runarveien 1", en: "Runarveien 1"))
        #expect(name(.measure, "unit", unit)?.en == "H0101, Runarveien 1")
        #expect(name(.measure, "planItem", "plan-3")?.en == "Merke ringeklokkene")
        #expect(name(.measure, "visit", visit) == Message(nb: "Hjemmebesøk 20.11.2026 · Kari Nordvik", en: "Home visit 20 Nov 2026 · Kari Nordvik"))
        #expect(name(.measure, "response", response) == Message(nb: "kartlegging «Januar 2024» · Kari Nordvik",
                                                                en: "survey “Januar 2024” · Kari Nordvik"))
        #expect(name(.input, "resident", kari)?.nb == "Kari Nordvik")
        #expect(name(.visit, "residents", kari)?.nb == "Kari Nordvik")
        #expect(name(.response, "form", form)?.nb == SurveyForm(try #require(w.replica.record("form", form))).name)
    }

    @Test func aFieldThatNamesNothingOrARecordNotThereHasNoName() throws {
        var w = World()
        let address = try w.address("Runarveien", "3")
        #expect(ReferenceName.of(.measure, field: "title", value: "Låse loftet", in: w.replica) == nil)
        #expect(ReferenceName.of(.measure, field: "address", value: "adr-gone", in: w.replica) == nil)
        #expect(ReferenceName.of(.measure, field: "planItem", value: "plan-9", in: w.replica) == nil)
        // A record deleted since is still named: the history is about when it was there.
        try w.commit(.delete(.address, id: address))
        #expect(ReferenceName.of(.unit, field: "address", value: address, in: w.replica)?.en == "Runarveien 3")
    }
}

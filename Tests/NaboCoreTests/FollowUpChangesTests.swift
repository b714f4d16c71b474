import Testing
@testable import NaboCore

/// A follow-up answer turned into an input or a measure, linked back to the response and statement.
@Suite struct FollowUpChangesTests {
    struct Setup {
        var world = World()
        var address = "", unit = "", resident = "", form = "", response = ""

        init() throws {
            address = try world.address("Runarveien", "1")
            resident = try world.resident("Kari Nordvik", at: address)
            unit = try #require(world.replica.record("resident", resident)?.string("unit"))
            form = try world.add(.form, BuiltInForm.edit.values)
            response = try world.add(.response, ["resident": resident, "form": form, "round": "Januar 2024", "answers": #"{"10": 2, "11": 3}"#,
                                                 "date": "2024-01-10", "consent": "2024-01-10",
                                                 "followUps": #"{"10": "Bodene er ikke merket.", "11": ""}"#])
        }
    }

    @Test func anInputFromAFollowUpAnswerIsTheResidentsWithTheAnswerAsText() throws {
        var s = try Setup()
        let change = try FollowUpChanges.input(response: s.response, statement: "10", in: s.world.replica)
        #expect(change == .add(.input, Edit(values: ["resident": s.resident, "text": "Bodene er ikke merket.", "response": s.response,
                                                     "statement": "10", "date": "2024-01-10"])))
        let id = try s.world.commit(change)[0].entity
        let input = try #require(s.world.replica.record("input", id))
        #expect(input.string("outcome") == "open" && input.string("response") == s.response)
        let own = try FollowUpChanges.input(response: s.response, statement: "10", text: "Merke bodene med H-nummer", in: s.world.replica)
        guard case .add(_, let edit) = own else { Issue.record("an input is added"); return }
        #expect(edit.values["text"] == "Merke bodene med H-nummer")
    }

    @Test func aMeasureFromAFollowUpAnswerIsAtTheResidentsAddressAndOptionallyUnit() throws {
        var s = try Setup()
        let atUnit = try FollowUpChanges.measure(response: s.response, statement: "10", title: "Merke boder", category: "storage-room",
                                                 atUnit: true, in: s.world.replica)
        #expect(atUnit == .add(.measure, Edit(values: ["address": s.address, "unit": s.unit, "title": "Merke boder", "category": "storage-room",
                                                       "description": "Bodene er ikke merket.", "response": s.response, "statement": "10"])))
        try s.world.commit(atUnit)
        let common = try FollowUpChanges.measure(response: s.response, statement: "10", title: "Merke boder", category: "storage-room",
                                                 atUnit: false, in: s.world.replica)
        guard case .add(_, let edit) = common else { Issue.record("a measure is added"); return }
        #expect(edit.values["unit"] == nil && edit.values["address"] == s.address)
    }

    @Test func withoutAFollowUpAnswerOrAValidLinkNothingIsMade() throws {
        var s = try Setup()
        #expect(throws: Message(nb: "Svaret har ikke noe oppfølgingssvar til påstand 11.", en: "The response has no follow-up answer to statement 11.",
                                field: "statement")) {
            try FollowUpChanges.input(response: s.response, statement: "11", in: s.world.replica)
        }
        #expect(throws: Message(nb: "Fant ingen svar med id rsp-x.", en: "No survey response with id rsp-x.")) {
            try FollowUpChanges.measure(response: "rsp-x", statement: "1", title: "T", category: "other", atUnit: false, in: s.world.replica)
        }
        let other = try s.world.resident("Ola Nordmann", at: s.address)
        let cases: [([String: String], String, String)] = [
            (["resident": s.resident, "text": "T", "statement": "10"], "response", "A statement refers to a survey response: give the response too."),
            (["resident": s.resident, "text": "T", "statement": "14", "response": s.response], "statement", "The form has no statement 14."),
            (["resident": other, "text": "T", "statement": "10", "response": s.response], "resident",
             "The input must be from the same resident as the survey response."),
        ]
        for (values, field, en) in cases {
            let m = try #require(SurveyFlowTests.refusal(&s.world, .add(.input, Edit(values: values))))
            #expect(m.field == field && m.en == en)
        }
        let measure = try #require(SurveyFlowTests.refusal(&s.world, .add(.measure, Edit(values: ["address": s.address, "title": "T", "statement": "1"]))))
        #expect(measure.field == "response")
    }
}

import Testing
@testable import NaboCore

/// One complete response per resident and round: a second is refused at the round, replacing
/// deletes the first in the same step, a response in progress or in another round is free, and a
/// record already complete in its round stays editable.
@Suite struct SurveySameRoundTests {
    @Test func aSecondCompleteResponseInTheRoundIsRefusedUnlessItReplacesTheFirst() throws {
        var f = try SurveyFixture()
        let resident = f.residents[f.runarveien3]![1]
        let first = try #require(SurveyResponse.complete(resident: resident, round: "Januar 2024", in: f.world.replica))
        let again = Edit(values: ["resident": resident, "form": f.form, "round": "Januar 2024", "answers": #"{"1": 2}"#,
                                  "date": "2024-01-30", "consent": "2024-01-30"])
        let refused = try #require(SurveyFlowTests.refusal(&f.world, .add(.response, again)))
        #expect(refused.field == "round")
        #expect(refused.en.hasPrefix("\(try #require(f.world.replica.liveResident(resident)).name) already answered the survey in round “Januar 2024”"))
        #expect(refused.en.hasSuffix("Replace that response (--replace) or choose another round."))

        // Paused, or in another round, the same answers are no second response.
        var paused = again
        paused.values["status"] = "in-progress"
        let id = try f.world.commit(.add(.response, paused))[0].entity
        try f.world.commit(.add(.response, Edit(values: again.values.merging(["round": "Mars 2025"]) { $1 })))
        // Completing the paused one is the same second response.
        #expect(SurveyFlowTests.refusal(&f.world, .set(.response, id: id, Edit(values: ["status": "complete"])))?.field == "round")

        let replacing = SurveyResponse.replacingEarlier(.add(.response, again), in: f.world.replica, today: f.world.today)
        #expect(replacing == .batch([.delete(.response, id: first.id), .add(.response, again)]))
        let ops = try f.world.commit(replacing)
        #expect(f.world.replica.live("response", first.id) == nil)
        #expect(SurveyResponse.complete(resident: resident, round: "Januar 2024", in: f.world.replica)?.id == ops[1].entity)
        // The first is restored beside the second: both are kept, and each can still be edited.
        try f.world.commit(.restore(.response, id: first.id))
        try f.world.commit(.set(.response, id: first.id, Edit(values: ["answers": #"{"1": 3}"#])))
    }

    @Test func withoutAnEarlierResponseReplacingChangesNothing() throws {
        let f = try SurveyFixture()
        let resident = f.residents[f.runarveien3]![1]
        let add = Change.add(.response, Edit(values: ["resident": resident, "form": f.form, "round": "Mars 2025"]))
        #expect(SurveyResponse.replacingEarlier(add, in: f.world.replica, today: f.world.today) == add)
    }

    @Test func anotherRoundIsNamedForTheMonthNumberedWhenTaken() {
        let today = CalendarDate(year: 2026, month: 11, day: 22)!
        let taken = SurveyResponse(id: "r", resident: "a", form: "f", round: "November 2026", answers: [:])
        #expect(SurveyRound.another([], today: today) == "November 2026")
        #expect(SurveyRound.another([taken], today: today) == "November 2026 (2)")
    }

    @Test func theShownChangeIsBetweenTheRoundedFigures() {
        // 56.4 → 52.6 shows as 56 → 53, so 3 down, not 3.8 rounded to 4.
        #expect(SurveyComparison.Change(before: 56.4, after: 52.6).shownDelta(digits: 0) == -3)
        // 62.5 % → 100 % shows as 63 % → 100 %: 37 up, not 37.5 rounded to 38.
        #expect(SurveyComparison.Change(before: 0.625, after: 1).shownDelta(digits: 0, scale: 100) == 37)
        #expect(SurveyComparison.Change(before: 4.25, after: 4.5).shownDelta(digits: 1) == 0.2)
        #expect(SurveyComparison.Change(before: nil, after: 1).shownDelta(digits: 0) == nil)
    }
}

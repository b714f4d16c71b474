import Testing
@testable import NaboCore

/// Taking a survey: consent first, pausing and resuming, what comes next and when a follow-up
/// question is asked; responses in progress count nowhere.
@Suite struct SurveyFlowTests {
    static func refusal(_ world: inout World, _ change: Change) -> Message? {
        do {
            try world.commit(change)
            return nil
        } catch {
            return error as? Message
        }
    }

    static func builtIn(_ world: inout World) throws -> SurveyForm {
        let id = try world.add(.form, BuiltInForm.edit.values)
        return SurveyForm(try #require(world.replica.record("form", id)))
    }

    @Test func aResponseWithoutConsentIsRefusedAtTheConsentField() throws {
        var f = try SurveyFixture()
        let r = f.residents[f.runarveien3]![0]
        let base = ["resident": r, "form": f.form, "round": "Mars 2025", "answers": #"{"1": 4}"#, "date": "2025-03-01"]
        let missing = try #require(Self.refusal(&f.world, .add(.response, Edit(values: base))))
        #expect(missing == Message(nb: "Svaret kan ikke lagres uten samtykke. Spør beboeren først, og skriv datoen samtykket ble gitt.",
                                   en: "The response cannot be saved without consent. Ask the resident first and record the date consent was given.",
                                   field: "consent"))
        let late = try #require(Self.refusal(&f.world, .add(.response, Edit(values: base.merging(["consent": "2025-03-02"]) { $1 }))))
        #expect(late.field == "consent" && late.en == "Consent must come before the answers (1 Mar 2025), not on 2 Mar 2025.")
        let future = try #require(Self.refusal(&f.world, .add(.response, Edit(values: base.merging(["consent": "2026-11-23", "date": ""]) { $1 }))))
        #expect(future.field == "consent" && future.nb == "Samtykket (23.11.2026) kan ikke være gitt fram i tid.")
        try f.world.add(.response, base.merging(["consent": "2025-03-01"]) { $1 })
    }

    @Test func answersAreNumbersOrNullAndFollowUpsAreTextForTheFormsStatements() throws {
        var f = try SurveyFixture()
        let r = f.residents[f.runarveien3]![0]
        let base = ["resident": r, "form": f.form, "round": "Mars 2025", "answers": #"{"1": 2}"#, "consent": "2025-03-01"]
        let object = try #require(Self.refusal(&f.world, .add(.response, Edit(values: base.merging(["answers": #"{"1": {"score": 2}}"#]) { $1 }))))
        #expect(object.field == "answers")
        let unknown = try #require(Self.refusal(&f.world, .add(.response, Edit(values: base.merging(["followUps": #"{"7": "Hva?"}"#]) { $1 }))))
        #expect(unknown == Message(nb: "Skjemaet har ingen påstand 7.", en: "The form has no statement 7.", field: "followUps"))
        let number = try #require(Self.refusal(&f.world, .add(.response, Edit(values: base.merging(["followUps": #"{"1": 3}"#]) { $1 }))))
        #expect(number.field == "followUps")
        let id = try f.world.add(.response, base.merging(["followUps": #"{"1": "Det trekker.\nOg er kaldt."}"#]) { $1 })
        let read = SurveyResponse(try #require(f.world.replica.record("response", id)), in: f.world.replica)
        #expect(read.followUps == ["1": "Det trekker.\nOg er kaldt."])
        #expect(read.status == .complete)
    }

    @Test func aResponseInProgressCountsInNoRoundAndNoResultUntilItIsComplete() throws {
        var f = try SurveyFixture()
        let before = f.results()
        // A resident with a complete January response starts again later in the round, and someone
        // starts a new, later round; both pause.
        let first = f.residents[f.runarveien3]![1]
        let again = try f.world.add(.response, ["resident": first, "form": f.form, "round": "Januar 2024", "answers": #"{"1": 1}"#,
                                                "date": "2024-01-30", "consent": "2024-01-30", "status": "in-progress"])
        let other = f.residents[f.midtasveien22]![0]
        let later = try f.world.add(.response, ["resident": other, "form": f.form, "round": "Mars 2025", "answers": #"{"1": 7}"#,
                                                "date": "2025-03-01", "consent": "2025-03-01", "status": "in-progress"])
        let all = SurveyResponse.all(in: f.world.replica)
        #expect(!all.contains { $0.id == again || $0.id == later })
        #expect(SurveyRound.all(all).map(\.name) == ["Januar 2024"])
        // The resident's index stays the complete response's: x = 6 gives (6 - 1) / 6 x 100.
        #expect(f.results() == before)
        #expect(f.results().respondents.first { $0.resident == first }?.index == (6.0 - 1) / 6 * 100)
        #expect(SurveyResponse.inProgress(resident: first, in: f.world.replica).map(\.id) == [again])
        // Completed with one answer of three: counted, but below the two-thirds rule it has no index.
        try f.world.commit(.set(.response, id: later, Edit(values: ["status": "complete"])))
        let after = SurveyResponse.all(in: f.world.replica)
        #expect(SurveyRound.latest(after) == "Mars 2025")
        let march = SurveyResults(round: "Mars 2025", form: nil, responses: after, replica: f.world.replica)
        #expect(march.respondents.map(\.answered) == [1] && march.total.indexed == 0)
    }

    @Test func theNextStatementIsTheFirstNeitherAnsweredNorSkipped() throws {
        var w = World()
        let form = try Self.builtIn(&w)
        var r = SurveyResponse(id: "", resident: "res", form: form.id, round: "R", answers: [:])
        #expect(SurveyFlow.next(form, r).map { ($0.statement.id, $0.number) } ?? ("", 0) == ("1", 1))
        r.answers = ["1": 5, "3": 2]
        r.noAnswer = ["2"]
        let step = try #require(SurveyFlow.next(form, r))
        #expect(step.statement.id == "4" && step.number == 4)
        #expect(step.progress == SurveyFlow.Progress(answered: 2, noAnswer: 1, total: 13))
        #expect(step.progress.done == 3)
        for i in 4...13 { r.answers[String(i)] = 4 }
        #expect(SurveyFlow.next(form, r) == nil)
        #expect(SurveyFlow.progress(form, r) == SurveyFlow.Progress(answered: 12, noAnswer: 1, total: 13))
    }

    @Test func aFollowUpIsAskedForAnUnfavourableAnswerAsTheStatementIsWorded() throws {
        var w = World()
        let form = try Self.builtIn(&w)
        let home = form.statements[0], unwanted = form.statements[8], visitors = form.statements[7]
        #expect(home.followUp(.en) == "What makes you dissatisfied with your home?")
        #expect(unwanted.negative)
        #expect([1, 3, 4, 7].map { SurveyFlow.asksFollowUp(home, answer: $0) } == [true, true, false, false])
        #expect([4, 5, 7, 1].map { SurveyFlow.asksFollowUp(unwanted, answer: $0) } == [false, true, true, false])
        #expect(!SurveyFlow.asksFollowUp(home, answer: nil))
        // Statement 8 has no follow-up question to ask.
        #expect(visitors.followUp(.nb) == nil && !SurveyFlow.asksFollowUp(visitors, answer: 1))
    }

    @Test func aSurveyIsPausedAndResumedThroughTheSameChange() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let resident = try w.resident("Kari Nordvik", at: address)
        let form = try Self.builtIn(&w)
        let r = SurveyResponse(id: "", resident: resident, form: form.id, formVersion: 1, round: "November 2026", date: w.today,
                               answers: ["1": 2], noAnswer: ["2"], followUps: ["1": "Det er kaldt."], consent: w.today, status: .inProgress)
        guard case .add(.response, _) = SurveyFlow.save(r, in: w.replica) else { Issue.record("a new response is added"); return }
        let id = try w.commit(SurveyFlow.save(r, in: w.replica))[0].entity
        var resumed = try #require(SurveyResponse.inProgress(resident: resident, in: w.replica).first)
        #expect(resumed.id == id && resumed.answers == ["1": 2] && resumed.noAnswer == ["2"] && resumed.followUps == ["1": "Det er kaldt."])
        #expect(SurveyFlow.next(form, resumed)?.statement.id == "3")
        #expect(SurveyResponse.all(in: w.replica).isEmpty)
        for i in 3...13 { resumed.answers[String(i)] = 5 }
        resumed.status = .complete
        guard case .set(.response, id, _) = SurveyFlow.save(resumed, in: w.replica) else { Issue.record("a saved response is edited"); return }
        try w.commit(SurveyFlow.save(resumed, in: w.replica))
        let done = try #require(w.replica.record("response", id))
        #expect(done["answers"] == .object(["1": 2, "2": .null, "3": 5, "4": 5, "5": 5, "6": 5, "7": 5, "8": 5, "9": 5, "10": 5, "11": 5, "12": 5, "13": 5]))
        #expect(done.string("status") == "complete" && done.string("consent") == "2026-11-22")
        #expect(SurveyResponse.all(in: w.replica).map(\.id) == [id])
        #expect(SurveyResponse.inProgress(resident: resident, in: w.replica).isEmpty)
    }
}

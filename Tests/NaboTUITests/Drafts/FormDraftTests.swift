import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// A draft holds what is typed by record id, reads back from its JSON, and opens the same form over
/// the same screen; one about something gone is not opened.
@Suite struct FormDraftTests {
    let visits: VisitTesting
    var directory: Directory { visits.directory }

    init() throws {
        visits = try VisitTesting()
    }

    /// Through the file and back into a fresh start's state, offered and then continued.
    func continued(_ state: AppState) throws -> AppState {
        let draft = try #require(FormDraft(state, directory: directory, now: VisitTesting.now))
        let read = try #require(FormDraft(json: draft.json))
        #expect(read == draft)
        var fresh = AppState(language: state.language, isDemo: true)
        fresh.offer(read, directory: directory, today: DemoReplica.today)
        visits.press(&fresh, [.character("j")])
        return fresh
    }

    @Test func aVisitFormComesBackWithItsNoteOnTheResidentsScreen() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("v")] + VisitTesting.typed("Kaffe og prat"))
        let restored = try continued(state)
        #expect(restored.places == [Place(.home), Place(.resident(visits.demo.resident("Ørjan Ødegård").id))])
        #expect(restored.visits.form?.values == state.visits.form?.values)
        #expect(restored.visits.form?.field == .note)
        #expect(restored.visits.form?.hasTyped == true)
        #expect(restored.message == StatusMessage(.info, DraftText.continued))
    }

    @Test func anInputFormComesBackWithItsText() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("i")] + VisitTesting.typed("Ønsker ny lås"))
        let restored = try continued(state)
        #expect(restored.recordForm?.purpose == state.recordForm?.purpose)
        #expect(restored.recordForm?.values == state.recordForm?.values)
        #expect(restored.places == state.places)
    }

    /// The stock's forms come back over their screens, a move with its unit found again.
    @Test func aMoveAndANewUnitComeBackWithWhatWasTyped() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("f")] + VisitTesting.typed("runarveien 3 h0102"))
        var restored = try continued(state)
        #expect(restored.recordForm?.purpose == state.recordForm?.purpose)
        #expect(restored.recordForm?.values == state.recordForm?.values)
        #expect(restored.recordForm?.chosen == state.recordForm?.chosen)
        #expect(restored.places == state.places)

        let address = visits.demo.address("Runarveien 1").id
        state = AppState(language: .nb, isDemo: true)
        state.places.append(Place(.address(address)))
        visits.press(&state, [.character("a")] + VisitTesting.typed("H0109"))
        restored = try continued(state)
        #expect(restored.recordForm?.purpose == .unit(address: address, unit: nil))
        #expect(restored.recordForm?[.number] == "H0109")
        #expect(restored.places == state.places)
        for purpose: RecordForm.Purpose in [.address(nil), .address(address), .resident(unit: nil, resident: nil), .resident(unit: "uni-x", resident: nil),
                                             .resident(unit: nil, resident: "res-x"), .planMeasure(nil), .planMeasure("mea-x")] {
            #expect(RecordForm.Purpose(words: purpose.words) == purpose)
        }
    }

    @Test func aBegunSurveyComesBackWithItsAnswers() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("S"), .character("j"), .character("6"), .character("7")])
        let taking = try #require(state.survey)
        #expect(taking.response.answers.count == 2)
        let restored = try continued(state)
        #expect(restored.survey == taking)
        #expect(restored.places == state.places)
    }

    @Test func aSurveyGoneBackInComesBackAtTheStatementGoneBackTo() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("S"), .character("j"), .character("6"), .character("7"), .left])
        let taking = try #require(state.survey)
        #expect(taking.revisiting == 1)
        let restored = try continued(state)
        #expect(restored.survey == taking)
    }

    @Test func nothingTypedIsNoDraftAndTheConsentQuestionIsNoneEither() {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("v")])
        #expect(FormDraft(state, directory: directory, now: VisitTesting.now) == nil)
        state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("S")])
        #expect(FormDraft(state, directory: directory, now: VisitTesting.now) == nil)
    }

    @Test func theOfferNamesWhatWhoAndWhenAndOnlyItsAnswersAct() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("v"), .enter, .enter, .enter] + VisitTesting.typed("Kaffe"))
        let draft = try #require(FormDraft(state, directory: directory, now: VisitTesting.now))
        var fresh = AppState(language: .en, isDemo: true)
        fresh.offer(draft, directory: directory, today: DemoReplica.today)
        #expect(fresh.message == StatusMessage(.warning, Message(nb: "Du førte et besøk hos Ørjan Ødegård kl. 12:00. Fortsette? j ja · n forkast",
                                                                 en: "You were logging a visit to Ørjan Ødegård at 12:00. Continue? y yes · n discard")))
        let offered = fresh
        visits.press(&fresh, [.character("q"), .character("v")], ignored: [.character("q"), .character("v")])
        #expect(fresh == offered)
        visits.press(&fresh, [.escape])
        var expected = AppState(language: .en, isDemo: true)
        expected.message = StatusMessage(.info, DraftText.discarded)
        #expect(fresh == expected)
    }

    @Test func aDraftAboutAResidentNoLongerThereIsNotOpened() throws {
        var state = visits.onResident("Ørjan Ødegård")
        visits.press(&state, [.character("i")] + VisitTesting.typed("Ønsker ny lås"))
        var draft = try #require(FormDraft(state, directory: directory, now: VisitTesting.now))
        draft.record?.purpose = ["recordInput", "res-gone"]
        var fresh = AppState(language: .nb, isDemo: true)
        fresh.offer(draft, directory: directory, today: DemoReplica.today)
        visits.press(&fresh, [.character("j")])
        var expected = AppState(language: .nb, isDemo: true)
        expected.message = StatusMessage(.warning, DraftText.gone)
        #expect(fresh == expected)
        #expect(FormDraft(json: Array("{\"day\": 3}".utf8)) == nil)
        #expect(RecordForm.Purpose(words: ["plan"]) == nil)
    }
}

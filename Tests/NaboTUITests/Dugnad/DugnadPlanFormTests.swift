import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// Planning a dugnad by keys (`n` on the list, `e` on a dugnad), writing what was done (`n`) and
/// recording a notice with its channel (`V`), all on the record form.
@Suite struct DugnadPlanFormTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    var directory: Directory { visits.directory }
    var upcoming: DugnadTables.Entry { directory.dugnads.entries.first { $0.dugnad.title.hasPrefix("Rydde") }! }

    var onList: AppState {
        var state = AppState(language: .nb, isDemo: true)
        state.places.append(Place(.dugnad(.list)))
        return state
    }

    var onDugnad: AppState {
        var state = onList
        state.places.append(Place(.dugnad(.one(upcoming.dugnad.id))))
        return state
    }

    /// Title, start, end time, two addresses by part of their names, then the rest, Tab between.
    static let planKeys: [Key] = [.character("n")] + VisitTesting.typed("Vårrydding") + [.tab] + VisitTesting.typed("18.04.2027 11:00") + [.tab]
        + VisitTesting.typed("14:00") + [.tab] + VisitTesting.typed("Midtås, runarveien 3") + [.tab] + VisitTesting.typed("Gården") + [.tab]
        + VisitTesting.typed("Rake løv; Feie trappene") + [.tab] + VisitTesting.typed("Container") + [.tab] + VisitTesting.typed("Pølser") + [.tab]
        + VisitTesting.typed("Politiet; Frivilligsentralen")

    @Test func nOnTheListPlansADugnadAndTheCoreInvitesTheResidentsOfItsAddresses() throws {
        var state = onList
        visits.press(&state, [.character("n")])
        var expected = onList
        expected.recordForm = RecordForm(purpose: .dugnad(nil), values: [:])
        #expect(state == expected)

        state = onList
        let effects = visits.press(&state, Self.planKeys + [.ctrl("s")])
        let midtås = visits.demo.address("Midtåsveien 22").id, runar = visits.demo.address("Runarveien 3").id
        let edit = Edit(values: ["title": "Vårrydding", "start": "18.04.2027 11:00", "end": "14:00", "meetingPoint": "Gården",
                                 "tasks": "Rake løv; Feie trappene", "equipment": "Container", "food": "Pølser", "partners": "Politiet; Frivilligsentralen"],
                        additions: ["addresses": [midtås, runar]])
        #expect(effects == [.save(.add(.dugnad, edit), done: DugnadText.planSaved("Vårrydding"))])
        #expect(state.recordForm?.isSaving == true)

        var replica = try DemoReplica.make()
        for op in try Planner.plan(.add(.dugnad, edit), in: replica, context: Fixed.context(seq: 10_000)) { replica.apply(op) }
        let saved = Directory(replica: replica, today: DemoReplica.today).dugnads.entries.first { $0.dugnad.title == "Vårrydding" }
        let dugnad = try #require(saved?.dugnad)
        #expect(dugnad.addressLabels == ["Midtåsveien 22", "Runarveien 3"])
        #expect(dugnad.tasks == ["Rake løv", "Feie trappene"])
        #expect(dugnad.end?.minutes == 14 * 60)
        #expect(!dugnad.invited.isEmpty)

        visits.reduce(&state, .saved(DugnadText.planSaved("Vårrydding")))
        #expect(state.recordForm == nil)
    }

    @Test func anAddressMatchingNothingIsRefusedAtItsFieldWithNothingSaved() {
        var state = onList
        let effects = visits.press(&state, [.character("n")] + VisitTesting.typed("Rydding") + [.tab, .tab, .tab] + VisitTesting.typed("Midtås, Storgata")
                                   + [.tab, .ctrl("s")])
        #expect(effects == [])
        #expect(state.recordForm?.field == .addresses)
        #expect(state.recordForm?.problem == DugnadText.noAddress("Storgata"))
        #expect(state.recordForm?.isSaving == false)
    }

    /// "runar" is Runarveien 1 and Runarveien 3 alike: named under the field as it is typed, and
    /// refused there on saving, rather than read as the first of them.
    @Test func aPartMatchingSeveralAddressesIsRefusedAtItsFieldNamingThem() {
        var state = onList
        let typing: [Key] = [.character("n")] + VisitTesting.typed("Rydding") + [.tab, .tab, .tab] + VisitTesting.typed("midtås, runar")
        visits.press(&state, typing)
        let several = DugnadText.severalAddresses("runar", ["Runarveien 1", "Runarveien 3"])
        #expect(several == Message(nb: "«runar» passer til flere adresser: Runarveien 1, Runarveien 3. Skriv mer av adressen.",
                                   en: "“runar” matches several addresses: Runarveien 1, Runarveien 3. Type more of the address.",
                                   field: "addresses"))
        #expect(DugnadAddressQuery("midtås, runar", directory: directory).problem(directory) == several)
        assertSnapshot(AppView.render(state, directory: directory, size: .minimum), named: "dugnad-plan-form-80x24-nb-several")

        let effects = visits.press(&state, [.tab, .ctrl("s")])
        #expect(effects == [])
        #expect(state.recordForm?.field == .addresses)
        #expect(state.recordForm?.problem == several)
        #expect(state.recordForm?.isSaving == false)
        // Said once, under the field, not once as a note and again as the refusal.
        let screen = AppView.render(state, directory: directory, size: .minimum).text
        #expect(screen.components(separatedBy: "passer til flere").count == 2)

        visits.press(&state, VisitTesting.typed("veien 3"))
        #expect(DugnadAddressQuery(state.recordForm?[.addresses] ?? "", directory: directory).ids(directory)
                == [visits.demo.address("Midtåsveien 22").id, visits.demo.address("Runarveien 3").id])
    }

    @Test func eOnADugnadChangesItsPlanAndItsAddressesAsSets() {
        var state = onDugnad
        visits.press(&state, [.character("e")])
        let dugnad = upcoming.dugnad
        #expect(state.recordForm?.purpose == .dugnad(dugnad.id))
        #expect(state.recordForm?[.title] == dugnad.title)
        #expect(state.recordForm?[.addresses] == dugnad.addressLabels.joined(separator: ", "))

        // Only the first address kept.
        let first = dugnad.addresses[0]
        let keys: [Key] = [.tab, .tab, .tab] + Array(repeating: .backspace, count: 60) + VisitTesting.typed(first.label) + [.ctrl("s")]
        guard case .save(.set(.dugnad, let id, let edit), _)? = visits.press(&state, keys).first else {
            Issue.record("no save")
            return
        }
        #expect(id == dugnad.id)
        #expect(edit.additions == [:])
        #expect(edit.removals == ["addresses": dugnad.addresses.dropFirst().map(\.id)])
        #expect(edit.values["title"] == dugnad.title)
        #expect(edit.values["food"] == (dugnad.food ?? ""))
    }

    @Test func nOnADugnadWritesWhatWasDoneInlineOrInTheEditor() {
        var state = onDugnad
        visits.press(&state, [.character("n")])
        #expect(state.recordForm == RecordForm(purpose: .dugnadNote(upcoming.dugnad.id), values: [:]))
        #expect(visits.press(&state, [.ctrl("e")]) == [.editText("")])
        visits.reduce(&state, .textEdited("Ryddet alle tre oppgangene.\n"))
        #expect(visits.press(&state, [.ctrl("s")]) == [
            .save(.set(.dugnad, id: upcoming.dugnad.id, Edit(values: ["note": "Ryddet alle tre oppgangene."])), done: DugnadText.noteSaved),
        ])
    }

    @Test func bigVRecordsANoticeWithItsChannelDayAndNote() {
        var state = onDugnad
        visits.press(&state, [.character("V")])
        #expect(state.recordForm == RecordForm(purpose: .notice(dugnad: upcoming.dugnad.id), values: [.how: "posted", .date: "22.11.2026"]))
        let effects = visits.press(&state, [.down, .down, .tab] + Array(repeating: .backspace, count: 10) + VisitTesting.typed("21.11.2026")
                                   + [.tab] + VisitTesting.typed("Sendt til beboerlisten") + [.ctrl("s")])
        let day = CalendarDate(year: 2026, month: 11, day: 21)!
        let edit = DugnadNoticeLog.edit(appending: NoticeSent(date: day, how: .email, note: "Sendt til beboerlisten"), to: upcoming.record)
        #expect(effects == [.save(.set(.dugnad, id: upcoming.dugnad.id, edit), done: DugnadText.noticeRecorded(.email, "21.11.2026"))])

        state = onDugnad
        visits.press(&state, [.character("V"), .tab, .backspace] + [.ctrl("s")])
        // The same words as `nabo set dugnad --notice-sent 22.11.202` gives.
        #expect(state.recordForm?.problem == Message(nb: "«22.11.202» er ikke en gyldig dato. Skriv for eksempel 2026-11-20 eller 20.11.2026.",
                                                        en: "“22.11.202” is not a valid date. Write for example 2026-11-20 or 20.11.2026.", field: "date"))
        #expect(state.recordForm?.field == .date)
    }

    @Test func theQuickNoticeKeysStayAndNoKeyIsShadowed() {
        let keys = AppKeys.browsing(.dugnad(.one("d")))
        #expect(keys.action(for: .character("v")) == .dugnad(.noticeRecorded(.posted)))
        #expect(keys.action(for: .character("t")) == .dugnad(.noticeRecorded(.sms)))
        #expect(keys.action(for: .character("V")) == .dugnad(.noticeStarted))
        #expect(AppKeys.browsing(.dugnad(.list)).action(for: .character("n")) == .dugnad(.planStarted))
        #expect(AppKeys.browsing(.dugnad(.list)).action(for: .character("a")) == .screenChosen(.addresses))
    }

    @Test func snapshots() {
        var state = onList
        visits.press(&state, Self.planKeys)
        assertSnapshot(AppView.render(state, directory: directory, size: .minimum), named: "dugnad-plan-form-80x24-nb")
        state.language = .en
        assertSnapshot(AppView.render(state, directory: directory, size: ScreenSnapshotTests.large), named: "dugnad-plan-form-120x40-en")
        var notice = onDugnad
        visits.press(&notice, [.character("V"), .down, .tab, .tab] + VisitTesting.typed("Til alle i oppgang A"))
        assertSnapshot(AppView.render(notice, directory: directory, size: .minimum), named: "dugnad-notice-form-80x24-nb")
        notice.language = .en
        assertSnapshot(AppView.render(notice, directory: directory, size: ScreenSnapshotTests.large), named: "dugnad-notice-form-120x40-en")
    }
}

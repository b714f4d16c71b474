import NaboTestSupport
import Testing
@testable import NaboCore

/// Rules the interface and the command line both reach through the planner, so they cannot disagree.
@Suite struct SharedIntentTests {
    @Test func replacingAVisitsResidentTakesTheUnitAndAddressWithThemWhileAddingKeepsBoth() throws {
        var w = World()
        let a = try w.address("Runarveien", "1"), b = try w.address("Midtåsveien", "22")
        let kari = try w.resident("Kari Test", at: a), ola = try w.resident("Ola Test", at: b)
        let visit = try w.add(.visit, ["residents": kari, "date": w.today.iso, "kind": "home-visit", "note": "Snakket om låsen"])
        try w.commit(.set(.visit, id: visit, Edit(values: ["residents": ola])))
        #expect(Set(try #require(w.replica.record("visit", visit)).members("residents")) == [kari, ola])
        try w.commit(.set(.visit, id: visit, Edit(replacements: ["residents": [ola]])))
        let replaced = try #require(w.replica.record("visit", visit))
        #expect(replaced.members("residents") == [ola])
        #expect(replaced.string("address") == b)
        #expect(replaced.string("unit") == w.replica.record("resident", ola)?.string("unit"))
    }

    @Test func aResponseWithoutARoundJoinsTheLatestWithinNinetyDaysElseStartsThisMonths() throws {
        var w = try World.demo()
        let form = try #require(w.replica.records("form").first?.id)
        // Ørjan did not take part in the demo's second round.
        let resident = try #require(w.replica.records("resident").first { $0.string("name") == "Ørjan Ødegård" }?.id)
        let latest = SurveyRound.all(w.replica.records("response").map { SurveyResponse($0, in: w.replica) }).last
        let joined = try w.add(.response, ["resident": resident, "form": form, "answers": #"{"1": 6}"#, "consent": w.today.iso, "date": w.today.iso])
        #expect(w.replica.record("response", joined)?.string("round") == latest?.name)

        var quiet = World()
        let a = try quiet.address("Runarveien", "1")
        let r = try quiet.resident("Kari Test", at: a)
        let f = try quiet.add(.form, ["name": "Skjema", "statements": #"[{"id": "1", "nb": "Jeg trives", "en": "I like it here"}]"#])
        let old = quiet.today.adding(days: -(SurveyRound.gap + 1)).iso
        _ = try quiet.add(.response, ["resident": r, "form": f, "round": "Våren", "answers": #"{"1": 6}"#, "consent": old, "date": old])
        let fresh = try quiet.add(.response, ["resident": r, "form": f, "answers": #"{"1": 5}"#, "consent": quiet.today.iso, "date": quiet.today.iso])
        #expect(quiet.replica.record("response", fresh)?.string("round") == SurveyRound.forNew([], today: quiet.today))
        #expect(SurveyRound.forNew([], today: CalendarDate(year: 2026, month: 11, day: 22)!) == "November 2026")
    }

    @Test func invitingAResidentTwiceIsRefusedByName() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let kari = try w.resident("Kari Test", at: a)
        let dugnad = try w.add(.dugnad, ["title": "Rydde boden", "start": w.today.adding(days: 7).iso + " 17:00"], sets: ["addresses": [a]])
        #expect(w.replica.record("dugnad", dugnad)?.members("invited") == [kari])
        #expect(throws: Message(nb: "Kari Test er allerede invitert.", en: "Kari Test is already invited.", field: "invited")) {
            try w.commit(.set(.dugnad, id: dugnad, Edit(additions: ["invited": [kari]])))
        }
    }

    @Test func aDugnadsEndTypedAsATimeAloneIsOnItsStartsDay() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let day = w.today.adding(days: 7)
        let dugnad = try w.add(.dugnad, ["title": "Rydde boden", "start": day.iso + " 17:00", "end": "20.00"], sets: ["addresses": [a]])
        #expect(w.replica.record("dugnad", dugnad)?.string("end")?.hasPrefix(day.iso + "T20:00") == true)
        // Set later on its own, the stored start gives the day.
        try w.commit(.set(.dugnad, id: dugnad, Edit(values: ["end": "21:30"])))
        #expect(w.replica.record("dugnad", dugnad)?.string("end")?.hasPrefix(day.iso + "T21:30") == true)
    }
}

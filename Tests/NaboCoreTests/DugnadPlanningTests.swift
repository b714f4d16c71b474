import Testing
@testable import NaboCore

/// A dugnad's notices sent, and the planning fields (equipment, food, partners) in its notice and event.
@Suite struct DugnadPlanningTests {
    @Test func aNoticeSentIsAddedToTheListInDateOrder() throws {
        var f = try DugnadFixture()
        try f.world.commit(try DugnadNoticeLog.change(appending: NoticeSent(date: CalendarDate("2026-11-20")!, how: .sms, note: "Til alle på lista"),
                                                      toDugnad: f.id, in: f.world.replica))
        try f.world.commit(try DugnadNoticeLog.change(appending: NoticeSent(date: CalendarDate("2026-11-18")!, how: .posted),
                                                      toDugnad: f.id, in: f.world.replica))
        #expect(f.world.replica.record("dugnad", f.id)?["notices"]?.jsonText
            == #"[{"date":"2026-11-18","how":"posted"},{"date":"2026-11-20","how":"sms","note":"Til alle på lista"}]"#)
        #expect(f.dugnad.notices.map(\.how) == [.posted, .sms])
        #expect(throws: Message(nb: "Fant ingen dugnad med id dug-x.", en: "No dugnad with id dug-x.")) {
            try DugnadNoticeLog.change(appending: NoticeSent(date: f.world.today, how: .email), toDugnad: "dug-x", in: f.world.replica)
        }
    }

    @Test func noticesAreAListOfDatesAndWaysSentByToday() throws {
        var f = try DugnadFixture()
        let shape = Message(nb: "Varsler skrives som en liste, for eksempel [{\"date\": \"2026-11-20\", \"how\": \"posted\"}], der «how» er en av: posted, sms, email, other.",
                            en: "Notices are a list, for example [{\"date\": \"2026-11-20\", \"how\": \"posted\"}], where “how” is one of: posted, sms, email, other.",
                            field: "notices")
        for bad in [#"{"date": "2026-11-20", "how": "sms"}"#, #"[{"date": "20.11.2026", "how": "sms"}]"#, #"[{"date": "2026-11-20", "how": "fax"}]"#,
                    #"[{"date": "2026-11-20", "how": "sms", "note": 3}]"#] {
            #expect(SurveyFlowTests.refusal(&f.world, .set(.dugnad, id: f.id, Edit(values: ["notices": bad]))) == shape, "\(bad)")
        }
        let future = SurveyFlowTests.refusal(&f.world, .set(.dugnad, id: f.id, Edit(values: ["notices": #"[{"date": "2026-11-23", "how": "sms"}]"#])))
        #expect(future == Message(nb: "Et varsel registreres når det er sendt, ikke 23.11.2026 fram i tid.",
                                  en: "A notice is recorded once it has gone out, not on 23 Nov 2026 in the future.", field: "notices"))
        try f.world.commit(.set(.dugnad, id: f.id, Edit(values: ["notices": #"[{"date": "2026-11-22", "how": "other", "note": "Banket på"}]"#])))
        #expect(f.dugnad.notices == [NoticeSent(date: f.world.today, how: .other, note: "Banket på")])
        #expect(try NoticeSent.how("SMS") == .sms)
        #expect(throws: Message(nb: "«fax» er ikke en måte å varsle på. Velg en av: posted, sms, email, other.",
                                en: "“fax” is not a way to send a notice. Choose one of: posted, sms, email, other.", field: "notices")) {
            try NoticeSent.how("fax")
        }
    }

    @Test func aTemplateLineWhosePlaceholdersAreAllEmptyIsLeftOut() throws {
        let t = Template("Mat: {food}\n{title} {food}\nFast tekst\n\n{food}{note}\nSlutt", source: "test")
        #expect(try t.fill(["food": "", "note": "", "title": "Dugnad"]) == "Dugnad \nFast tekst\n\nSlutt")
        #expect(try t.fill(["food": "Pizza", "note": "", "title": "Dugnad"]) == "Mat: Pizza\nDugnad Pizza\nFast tekst\n\nPizza\nSlutt")
    }

    @Test func equipmentFoodAndPartnersAppearInTheNoticeAndTheEvent() throws {
        var f = try DugnadFixture()
        try f.world.commit(.set(.dugnad, id: f.id, Edit(values: ["equipment": "Container; Søppelsekker", "food": "Pizza", "partners": "politiet; frivillige"])))
        let d = f.dugnad
        #expect(d.equipment == ["Container", "Søppelsekker"] && d.food == "Pizza" && d.partners == ["politiet", "frivillige"])
        let notice = try DugnadNotice.render(d, kind: .markdown, language: .nb)
        #expect(notice.contains("- Vaske trappene\n\nByggdrift stiller med Container og Søppelsekker.\n\nMat: Pizza\n\nMed oss kommer også politiet og frivillige.\n\nVi rydder"))
        let english = try DugnadNotice.render(d, kind: .text, language: .en)
        #expect(english.contains("\n\nByggdrift provides Container and Søppelsekker.\n\nFood: Pizza\n\nJoining us: politiet and frivillige.\n\n"))
        #expect(DugnadCalendar.description(d, .nb) == "Oppgaver:\n- Bære ut skrot fra loftet\n- Vaske trappene\n\n"
            + "Utstyr fra Byggdrift: Container og Søppelsekker\nMat: Pizza\nSamarbeidspartnere: politiet og frivillige\n\n" + DugnadFixture.note)
        #expect(try DugnadNotice.render(d, kind: .text, language: .nb).contains("Mat: Pizza"))
        // Without food, its line goes and the paragraphs around it close up.
        try f.world.commit(.set(.dugnad, id: f.id, Edit(values: ["food": ""])))
        #expect(try DugnadNotice.render(f.dugnad, kind: .markdown, language: .nb).contains("Søppelsekker.\n\nMed oss kommer også"))
    }
}

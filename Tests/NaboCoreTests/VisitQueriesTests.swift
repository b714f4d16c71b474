import Testing
@testable import NaboCore

/// What a visit gives rise to (a measure, an input), the open inputs and the week's planned visits,
/// on the frozen Sunday 22 November 2026.
@Suite struct VisitQueriesTests {
    @Test func aDefectOnAVisitBecomesAMeasureAtItsUnitOrAddress() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let kari = try w.resident("Kari Nordvik", at: address)
        let unit = try #require(w.replica.record("resident", kari)?.string("unit"))
        let visit = try w.add(.visit, ["resident": kari, "date": "2026-11-20T14:00", "note": "Låsen går ikke i lås."])
        let change = try VisitChanges.measure(visit: visit, title: "Skifte lås", category: "lock", atUnit: true, in: w.replica)
        #expect(change == .add(.measure, Edit(values: ["address": address, "unit": unit, "title": "Skifte lås", "category": "lock", "visit": visit])))
        let measure = try w.commit(change)[0].entity
        #expect(w.replica.record("measure", measure)?.string("visit") == visit)

        let inspection = try w.add(.visit, ["address": address, "date": "2026-11-02T10:00", "kind": "inspection", "note": "Loftet."])
        let common = try VisitChanges.measure(visit: inspection, title: "Låse loftet", category: "attic", atUnit: false,
                                              description: "Døren står åpen.", in: w.replica)
        #expect(common == .add(.measure, Edit(values: ["address": address, "title": "Låse loftet", "category": "attic", "visit": inspection,
                                                       "description": "Døren står åpen.", "inspection": "2026-11-02"])))
        try w.commit(common)
        #expect(throws: Message(nb: "Besøket gjaldt ingen bestemt bolig. Legg tiltaket på adressen i stedet.",
                                en: "The visit was not to a particular unit. Put the measure at the address instead.", field: "unit")) {
            try VisitChanges.measure(visit: inspection, title: "T", category: "other", atUnit: true, in: w.replica)
        }
        #expect(throws: Message(nb: "Fant ingen besøk med id vis-x.", en: "No visit with id vis-x.")) {
            try VisitChanges.measure(visit: "vis-x", title: "T", category: "other", atUnit: false, in: w.replica)
        }
    }

    @Test func anInputFromAVisitIsFromOneOfItsResidentsOnTheDayOfTheVisit() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let kari = try w.resident("Kari Nordvik", at: address), ola = try w.resident("Ola Nordmann", at: address)
        let alone = try w.add(.visit, ["resident": kari, "date": "2026-11-20T14:00", "note": "Prat."])
        let change = try VisitChanges.input(visit: alone, text: "Ønsker benk", in: w.replica)
        #expect(change == .add(.input, Edit(values: ["resident": kari, "text": "Ønsker benk", "visit": alone, "date": "2026-11-20"])))
        try w.commit(change)
        let both = try w.add(.visit, ["resident": kari + "," + ola, "date": "2026-11-21", "kind": "meeting"])
        let choose = Message(nb: "Velg hvilken av beboerne på besøket innspillet kommer fra.",
                             en: "Choose which of the residents on the visit the input is from.", field: "resident")
        #expect(throws: choose) { try VisitChanges.input(visit: both, text: "T", in: w.replica) }
        #expect(throws: choose) { try VisitChanges.input(visit: alone, resident: ola, text: "T", in: w.replica) }
        guard case .add(_, let edit) = try VisitChanges.input(visit: both, resident: ola, text: "T", in: w.replica) else { return }
        #expect(edit.values["resident"] == ola)
    }

    @Test func openInputsComeOldestFirstWithTheDaysTheyHaveWaited() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let kari = try w.resident("Kari Nordvik", at: address)
        let recent = try w.add(.input, ["resident": kari, "text": "Lys i kjelleren", "date": "2026-11-10"])
        let old = try w.add(.input, ["resident": kari, "text": "Benk\nved inngangen", "date": "2026-10-23"])
        try w.add(.input, ["resident": kari, "text": "Maling", "date": "2026-09-01", "outcome": "acted-on", "answeredOn": "2026-09-10"])
        let gone = try w.add(.input, ["resident": kari, "text": "Slettet", "date": "2026-08-01"])
        try w.commit(.delete(.input, id: gone))
        let undated = try w.add(.input, ["resident": kari, "text": "Uten dato"])
        try w.commit(.set(.input, id: undated, Edit(values: ["date": ""])))
        let open = OpenInputs.list(w.replica, today: w.today)
        #expect(open.map(\.id) == [undated, old, recent])
        #expect(open.map(\.daysWaiting) == [nil, 30, 12])
        #expect(open[1] == OpenInput(id: old, resident: kari, text: "Benk\nved inngangen", date: CalendarDate("2026-10-23"), daysWaiting: 30,
                                      visit: nil, response: nil))
    }

    @Test func theWeekShowsEachResidentOnTheDayTheirLatestVisitAgreed() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let kari = try w.resident("Kari Nordvik", at: address), aase = try w.resident("Aase Berg", at: address)
        let ola = try w.resident("Ola Nordmann", at: address), per = try w.resident("Per Hansen", at: address)
        let liv = try w.resident("Liv Moen", at: address), tor = try w.resident("Tor Lie", at: address)
        func visit(_ who: String, _ date: String, next: String) throws {
            try w.add(.visit, ["resident": who, "date": date, "kind": "phone", "next": next])
        }
        try visit(kari, "2026-11-10", next: "2026-11-24")
        try visit(aase, "2026-11-12", next: "2026-11-24")
        // Ola's latest visit moved the appointment out of the week.
        try visit(ola, "2026-11-01", next: "2026-11-24")
        try visit(ola, "2026-11-15", next: "2026-12-10")
        try visit(per, "2026-11-20", next: "2026-11-29")
        // Liv moves out before her appointment; Tor's is the Monday after.
        try visit(liv, "2026-11-05", next: "2026-11-26")
        try w.commit(.set(.resident, id: liv, Edit(values: ["movedOut": "2026-11-23"])))
        try visit(tor, "2026-11-05", next: "2026-11-30")
        for day in ["2026-11-23", "2026-11-25", "2026-11-29"] {
            let week = PlannedVisits.week(containing: CalendarDate(day)!, w.replica)
            #expect(week.monday == CalendarDate("2026-11-23"))
            #expect(week.days.map(\.date.iso) == (23...29).map { "2026-11-\($0)" })
            #expect(week.days.map(\.residents) == [[], [aase, kari], [], [], [], [], [per]])
        }
        #expect(PlannedVisits.week(containing: w.today, w.replica).days.allSatisfy { $0.residents.isEmpty })
    }
}

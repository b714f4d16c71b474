import Foundation
import NaboTestSupport
import Testing
@testable import NaboCore

/// The action plan as the board and the export see it: the report's matrix, filters and lateness.
@Suite struct PlanMatrixTests {
    @Test func theDemoPlanIsEightItemsByThreeAddressesInPlanOrder() throws {
        let w = try World.demo()
        let m = PlanMatrix.build(w.replica, filter: PlanFilter(), today: w.today)
        #expect(m.columns.map(\.label) == ["Midtåsveien 22", "Runarveien 1", "Runarveien 3"])
        // The eight plan items, then the two measures decided at meetings, each at one address.
        #expect(m.rows.prefix(8).map(\.key) == (1...8).map { "plan-\($0)" })
        #expect(m.rows.prefix(8).allSatisfy { $0.cells.allSatisfy { $0.count == 1 } })
        #expect(m.rows.suffix(2).map { $0.cells.map(\.count) } == [[0, 1, 0], [1, 0, 0]])
        // Doorbells are done at Runarveien; at Midtåsveien 22 they are under way and late.
        #expect(m.rows[2].cells.map { $0[0].status } == ["in-progress", "done", "done"])
        #expect(m.rows[2].cells.map { $0[0].late } == [true, false, false])
        #expect(m.rows[3].cells.allSatisfy { $0[0].costToAgree && !$0[0].late })
    }

    @Test func theMarkdownIsLaidOutAsTheReportsTable() throws {
        let w = try World.demo()
        let md = PlanExport.markdown(PlanMatrix.build(w.replica, filter: PlanFilter(), today: w.today), today: w.today, language: .nb)
        #expect(md == """
            # Handlingsplan for tiltak på adressene

            Per 22.11.2026.

            | # | Tiltak | Midtåsveien 22 | Runarveien 1 | Runarveien 3 |
            | ---: | --- | --- | --- | --- |
            | 1 | Låse og stenge loftet | Venter på forutsetning (!) | Utført | Utført |
            | 2 | Istandsette og merke boder i kjeller med H-nr. | Venter på forutsetning (!) | Pågår (!) | Venter på forutsetning (!) |
            | 3 | Istandsette og merke ringeklokker til boligene med H-nr. | Pågår (!) | Utført | Utført |
            | 4 | Rydde, kaste og vaske i felles trappeoppgang | Vurderes ved befaring (kr) | Venter på forutsetning (kr) | Vurderes ved befaring (kr) |
            | 5 | Istandsette vaskerom i kjeller | Bestilt | Pågår | Bestilt |
            | 6 | Sørge for fungerende låser og beslag på alle leiligheter | Utført | Utført | Utført |
            | 7 | Male vegger i trappeoppgang (maling som lett kan vaskes) | Vurderes ved befaring | Vurderes ved befaring | Vurderes ved befaring |
            | 8 | Reparere dører til sikringsskap | Bestilt (!) | Utført | Utført |
            | 9 | Nye lysarmaturer ved bodene i kjelleren | – | Utført | – |
            | 10 | Skadedyrkontroll i alle boligene | Utført | – | – |

            Forklaring:

            - (!) forsinket: fristen er passert, og tiltaket er ikke utført.
            - (kr) hvem som bærer kostnaden, må avklares.
            - – tiltaket gjelder ikke adressen.
            - Status: Ikke startet, Vurderes ved befaring, Venter på forutsetning, Bestilt, Pågår, Utført.

            """)
    }

    @Test func anItemAtSomeAddressesLeavesTheOthersEmptyAndPipesAreEscaped() throws {
        var w = World()
        let a = try w.address("Runarveien", "1"), b = try w.address("Runarveien", "3")
        try w.add(.measure, ["address": a, "planItem": "plan-10", "title": "Skilt | merking", "status": "done"])
        try w.add(.measure, ["address": b, "planItem": "plan-9", "title": "Lås"])
        try w.add(.measure, ["address": b, "title": "Løst tiltak"])
        let m = PlanMatrix.build(w.replica, filter: PlanFilter(), today: w.today)
        #expect(m.rows.map(\.title) == ["Lås", "Skilt | merking", "Løst tiltak"])
        let md = PlanExport.markdown(m, today: w.today, language: .en)
        #expect(md.contains("| 1 | Lås | – | Not started |"))
        #expect(md.contains("| 2 | Skilt \\| merking | Done | – |"))
        #expect(md.contains("# Action plan: measures at the addresses"))
    }

    @Test func lateMeansPastDueAndNotDoneAndDueTodayIsNotLate() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let yesterday = w.today.adding(days: -1).iso
        let late = try w.add(.measure, ["address": a, "title": "A", "due": yesterday, "status": "ordered"])
        let done = try w.add(.measure, ["address": a, "title": "B", "due": yesterday, "status": "done"])
        let today = try w.add(.measure, ["address": a, "title": "C", "due": w.today.iso])
        let none = try w.add(.measure, ["address": a, "title": "D"])
        let r = w.replica
        #expect(Measure(try #require(r.record("measure", late))).isLate(today: w.today))
        for id in [done, today, none] { #expect(!Measure(try #require(r.record("measure", id))).isLate(today: w.today)) }
        #expect(PlanFilter(lateOnly: true).measures(in: r, today: w.today).map(\.id) == [late])
    }

    @Test func filtersNarrowTheDemoPlan() throws {
        let w = try World.demo()
        let count = { (f: PlanFilter) in f.measures(in: w.replica, today: w.today).count }
        #expect(count(PlanFilter(lateOnly: true)) == 6)
        #expect(count(PlanFilter(category: "attic")) == 3)
        #expect(count(PlanFilter(status: "ordered")) == 3)
        #expect(count(PlanFilter(responsible: "project")) == 0)
        #expect(count(PlanFilter(address: "adr-devaaa1")) == 9)
        #expect(count(PlanFilter(category: "attic", lateOnly: true)) == 1)
    }

    @Test func aMisspeltFilterIsAClearMessage() throws {
        let w = try World.demo()
        #expect(try PlanFilter(status: "IN-PROGRESS").validated(in: w.replica).status == "in-progress")
        #expect(throws: Message.self) { try PlanFilter(status: "finished").validated(in: w.replica) }
        do {
            _ = try PlanFilter(status: "finished").validated(in: w.replica)
        } catch {
            #expect(error.nb.contains("«finished» er ikke en gyldig"))
            #expect(error.en.contains("not-started, to-assess, waiting, ordered, in-progress, done"))
        }
        #expect(throws: Message.self) { try PlanFilter(address: "adr-nope").validated(in: w.replica) }
        #expect(throws: Message.self) { try PlanFilter(category: "roof").validated(in: w.replica) }
    }

    @Test func theCSVHasOneRowPerMeasureAndReadsBackWithNorwegianLetters() throws {
        let w = try World.demo()
        let measures = PlanFilter().measures(in: w.replica, today: w.today)
        let table = PlanExport.csv(measures, replica: w.replica, language: .nb)
        let text = table.text(CSVDialect(separator: ";", byteOrderMark: true))
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = try Python.csvRows(Data(text.utf8), separator: ";")
        #expect(rows.count == 27)
        #expect(rows[0] == ["ID", "Tittel", "Kategori", "Adresse", "Status", "Ansvarlig", "Kostnad avklares", "Forutsetning", "Befaring", "Frist"])
        #expect(rows[1].dropFirst() == ["Låse og stenge loftet", "Loft", "Midtåsveien 22", "Venter på forutsetning", "Byggdrift", "nei",
                                        "Etter klart/tomt", "2025-12-15", "2026-07-22"])
        #expect(rows.dropFirst().map { $0[0] }.sorted() == measures.map(\.id).sorted())
    }
}

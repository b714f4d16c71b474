import Foundation
import NaboTestSupport
import Testing
@testable import NaboCore

/// Small groups stay out of reports that leave the office, and none can be had back by subtraction.
@Suite struct SuppressionTests {
    typealias G = (key: String, size: Int)

    @Test func aGroupBelowTheMinimumIsHiddenAndSoIsTheNextSmallestUnderAShownTotal() {
        #expect(Suppression.hidden([("A", 6), ("B", 2), ("C", 7)] as [G], minimum: 5, totalShown: true) == ["A", "B"])
        // Without a total beside them, B's figure cannot be worked out: only B is hidden.
        #expect(Suppression.hidden([("A", 6), ("B", 2), ("C", 7)] as [G], minimum: 5, totalShown: false) == ["B"])
        // Two hidden already reveal only their sum: nothing more is hidden.
        #expect(Suppression.hidden([("A", 6), ("B", 2), ("C", 3)] as [G], minimum: 5, totalShown: true) == ["B", "C"])
        #expect(Suppression.hidden([("A", 8), ("B", 9)] as [G], minimum: 5, totalShown: true).isEmpty)
        // An empty group is not shown at all, so it takes no part.
        #expect(Suppression.hidden([("A", 0), ("B", 2), ("C", 9), ("D", 10)] as [G], minimum: 5, totalShown: true) == ["B", "C"])
        // Equally small: the later one goes.
        #expect(Suppression.hidden([("A", 6), ("B", 2), ("C", 6)] as [G], minimum: 5, totalShown: true) == ["B", "C"])
        #expect(Suppression.hidden([("A", 3)] as [G], minimum: 1, totalShown: true).isEmpty)
    }

    @Test func theFixtureHidesRunarveien3AndThenRunarveien1() throws {
        let f = try SurveyFixture()
        let r = f.results()
        let d = SurveyDisclosure(r, minimum: 5)
        // Index groups: Midtåsveien 22 has 7, Runarveien 1 has 6 with an index, Runarveien 3 has 2.
        #expect(d.showsIndex(.all))
        #expect(d.showsIndex(.address(f.midtasveien22)))
        #expect(!d.showsIndex(.address(f.runarveien3)))
        #expect(!d.showsIndex(.address(f.runarveien1)))
        // Statement 1: 7, 7 and 2 answered; of the two sevens the later in address order goes.
        #expect(d.shows(statement: "1", .address(f.midtasveien22)))
        #expect(!d.shows(statement: "1", .address(f.runarveien1)))
        #expect(!d.shows(statement: "1", .address(f.runarveien3)))
        #expect(d.shows(statement: "1", .all))
        // A minimum of 2 hides nothing here; one of 8 hides every address but none more.
        #expect(SurveyDisclosure(r, minimum: 2).hiddenIndex.isEmpty)
        #expect(SurveyDisclosure(r, minimum: 8).hiddenIndex == [f.midtasveien22, f.runarveien1, f.runarveien3])
        #expect(!SurveyDisclosure(r, minimum: 16).showsIndex(.all))
        #expect(SurveyDisclosure.everything(r).hiddenCells.values.allSatisfy { $0.isEmpty })
    }

    @Test func theCSVLeavesHiddenFiguresEmptyAndReadsBack() throws {
        let f = try SurveyFixture()
        let table = SurveyExport.csv(f.results(), before: nil, minimum: 5, language: .nb, dialect: CSVDialect(separator: ";"))
        let rows = try Python.csvRows(Data(table.text(CSVDialect(separator: ";")).utf8), separator: ";")
        #expect(rows[0] == ["Runde", "Del", "Påstand", "Tekst", "Negativt formulert", "Adresse", "Antall", "Median", "Enig (5-7) %",
                            "1", "2", "3", "4", "5", "6", "7", "Indeks", "Skjult"])
        #expect(rows[1] == ["Januar 2024", "indeks", "", "", "", "Midtåsveien 22", "7", "", "", "", "", "", "", "", "", "", "50,0", "nei"])
        #expect(rows[2] == ["Januar 2024", "indeks", "", "", "", "Runarveien 1", "", "", "", "", "", "", "", "", "", "", "", "ja"])
        #expect(rows[4] == ["Januar 2024", "indeks", "", "", "", "Alle", "15", "", "", "", "", "", "", "", "", "", "50,0", "nei"])
        #expect(rows[8] == ["Januar 2024", "påstand", "1", "Jeg er fornøyd med boligen min", "nei", "Alle", "16", "4,0", "44",
                            "1", "3", "2", "3", "1", "2", "4", "", "nei"])
        #expect(rows.count == 1 + 4 + 3 * 4)
        // Nothing in a hidden row gives its size away.
        #expect(rows.filter { $0.last == "ja" }.allSatisfy { $0[6...16].allSatisfy(\.isEmpty) })
    }

    @Test func aComparisonShowsChangeOnlyWhereBothRoundsShowTheFigure() throws {
        var f = try SurveyFixture()
        for r in f.residents[f.midtasveien22]! {
            try f.respond(r, round: "September 2024", date: "2024-09-03", answers: #"{"1": 7, "2": 7, "3": 1}"#)
        }
        let table = SurveyExport.csv(f.results("September 2024"), before: f.results(), minimum: 5, language: .en, dialect: CSVDialect())
        let rows = try Python.csvRows(Data(table.text(CSVDialect()).utf8))
        #expect(rows[0].suffix(7) == ["Compared with", "Median before", "Agree % before", "Index before", "Change in median",
                                      "Change in agree (points)", "Change in index"])
        #expect(rows[1].prefix(7) == ["September 2024", "index", "", "", "", "Midtåsveien 22", "7"])
        #expect(rows[1].suffix(9) == ["100.0", "no", "Januar 2024", "", "", "50.0", "", "", "+50.0"])
        let md = SurveyExport.markdown(f.results("September 2024"), before: f.results(), minimum: 5, language: .nb)
        #expect(md.contains("| Midtåsveien 22 | 7 | 100,0 | 50,0 | ↑ +50,0 |"))
        // All addresses in January: 7 of 16 agreed (43.75 %), now all: up 56 points.
        #expect(md.contains("| 1 | Jeg er fornøyd med boligen min | 7 | 7,0 | 100 % | 0 | 0 | 0 | 0 | 0 | 0 | 7 | ↑ +3,0 | ↑ +56 |"))
    }

    @Test func theMarkdownMarksHiddenFiguresWithAStar() throws {
        let f = try SurveyFixture()
        let md = SurveyExport.markdown(f.results(), before: nil, minimum: 5, language: .nb)
        #expect(md.hasPrefix("# Testskjema – Januar 2024\n\nSkjema versjon 2. 16 svar.\n"))
        #expect(md.contains("| Midtåsveien 22 | 7 | 50,0 |\n| Runarveien 1 | * | * |\n| Runarveien 3 | * | * |\n| Alle | 15 | 50,0 |"))
        #expect(md.contains("| 3 | Jeg opplever uønsket besøk (negativt formulert) | 15 | 4,0 | 40 % |"))
        #expect(md.contains("| 1 | 4,0 / 43 % (7) | * | * |"))
    }

    @Test func aRoundBelowTheMinimumShowsNotEvenItsSize() throws {
        let f = try SurveyFixture()
        let md = SurveyExport.markdown(f.results(), before: nil, minimum: 20, language: .en)
        #expect(md.hasPrefix("# Testskjema – Januar 2024\n\nForm version 2. Fewer than 20 responses.\n"))
        #expect(md.contains("| All | * | * |"))
        #expect(!md.contains("16"))
    }
}

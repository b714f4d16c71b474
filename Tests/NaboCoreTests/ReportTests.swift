import NaboTestSupport
import Testing
@testable import NaboCore

/// The evaluation report of the demo project, chapter by chapter, against figures counted by hand
/// from the demo's tables (DemoEvents, DemoSurvey, DemoPlan, DemoMeetings); and suppression on a
/// store built to tempt it.
@Suite struct ReportTests {
    let world: World
    let doc: ReportDocument

    init() throws {
        world = try World.demo()
        let periods = try #require(ReportOptions.project(world.replica, today: world.today))
        doc = Report.document(world.replica, ReportOptions(period: periods.period, baseline: periods.baseline, language: .en, today: world.today))
    }

    func chapter(_ id: String) throws -> ReportChapter { try #require(doc.chapters.first { $0.id == id }) }

    func bars(_ chapter: ReportChapter, _ caption: String) throws -> ReportBarChart {
        try #require(chapter.blocks.compactMap { if case .bars(let c) = $0, c.caption == caption { c } else { nil } }.first)
    }

    func tables(_ chapter: ReportChapter) -> [ReportTable] {
        chapter.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }

    /// Label, then each period's figure, then the comparison.
    func rows(_ chart: ReportBarChart) -> [[String]] {
        chart.groups.map { [$0.label] + $0.values.map(\.text) + [$0.comparison] }
    }

    @Test func theChaptersAreTheSeedsInOrderUnderTheProjectAndItsPeriods() {
        #expect(doc.chapters.map(\.id) == ["goals", "events", "survey", "participation", "plan", "limits"])
        #expect(doc.title == "Evaluation – Leie – et trygt alternativ")
        #expect(doc.subtitle == "Project period 22 Nov 2025–22 Nov 2026 · baseline 22 Nov 2024–21 Nov 2025 · Midtåsveien 22, Runarveien 1, Runarveien 3")
        #expect(!doc.internalUse)
    }

    @Test func eachGoalHasItsWordsAndTheFiguresItCounts() throws {
        let goals = try chapter("goals")
        let headings = goals.blocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
        #expect(headings.count == 12)
        #expect(headings[2] == "Sub-goal 1a: Færre naboklager")
        // 1a counts complaints and police: 9+7+5 = 21 before, 4+3+4 = 11 during; police 5+4+2 = 11, then 2+1+2 = 5.
        let start = try #require(goals.blocks.firstIndex(of: .heading("Sub-goal 1a: Færre naboklager")))
        guard case .bars(let chart) = goals.blocks[start + 1] else { Issue.record("no chart under 1a"); return }
        #expect(rows(chart) == [["Neighbour complaint", "21", "11", "↓ −48 %"], ["Police called", "11", "5", "↓ −55 %"]])
        #expect(goals.blocks.contains(.facts([ReportFact("Method", "Prosjekt, kartlegging og brukermedvirkning"),
                                              ReportFact("Means", "Individuell oppfølging, råd og veiledning, tidsbruk, tverrfaglig samarbeid")])))
    }

    @Test func eventsPerAddressHideSmallCountsAndCompareOnlyWhereBothHaveFive() throws {
        let events = try chapter("events")
        // DemoEvents: Runarveien 1, Runarveien 3, Midtåsveien 22 in the table; here in address order.
        #expect(rows(try bars(events, "Neighbour complaint")) == [
            ["Midtåsveien 22", "5", "<5", "too few to compare"], ["Runarveien 1", "9", "<5", "too few to compare"],
            ["Runarveien 3", "7", "<5", "too few to compare"], ["All addresses", "21", "11", "↓ −48 %"]])
        // 8 → 9 is 12.5 % up; 12 → 7 is 41.7 % down; 10 → 6 is 40 %; 30 → 22 is 26.7 %.
        #expect(rows(try bars(events, "Request to Byggdrift")) == [
            ["Midtåsveien 22", "8", "9", "↑ +13 %"], ["Runarveien 1", "12", "7", "↓ −42 %"],
            ["Runarveien 3", "10", "6", "↓ −40 %"], ["All addresses", "30", "22", "↓ −27 %"]])
        #expect(rows(try bars(events, "Rent arrears")).map { Array($0.dropFirst()) } == [
            ["<5", "<5", "too few to compare"], ["<5", "<5", "too few to compare"], ["<5", "<5", "too few to compare"], ["9", "6", "↓ −33 %"]])
        #expect(events.blocks.contains { if case .caution = $0 { true } else { false } })
    }

    @Test func theSurveyComparesTheRoundsWithTheNumberWhoAnswered() throws {
        let survey = try chapter("survey")
        let index = try bars(survey, "Living index per address (median, 0–100)")
        #expect(index.series == ["Januar 2026", "Oktober 2026"])
        let all = try #require(index.groups.last)
        #expect(all.label == "All")
        // 13 of the 14 answered the first round, 11 the second.
        #expect(all.values.map { $0.text.hasSuffix("(n = 13)") || $0.text.hasSuffix("(n = 11)") } == [true, true])
        #expect(index.groups.contains { $0.values.contains { $0.text == "<5" } && $0.comparison == "too few to compare" })
        let agree = try #require(tables(survey).first)
        #expect(agree.rows.count == 13)
        #expect(agree.rows.allSatisfy { $0[1].contains("(n = ") && $0[2].contains("(n = ") })
    }

    @Test func participationInLundysFourTerms() throws {
        let table = try #require(tables(try chapter("participation")).first)
        func row(_ what: String) -> [String] { table.rows.first { $0[1] == what }.map { Array($0.dropFirst(2)) } ?? [] }
        #expect(row("Work group meetings held") == ["0", "7"])
        #expect(row("Dugnads held") == ["0", "3"])
        #expect(row("Inputs received") == ["0", "8"])
        // 13 in the first round and 11 in the second.
        #expect(row("Survey responses") == ["0", "24"])
        #expect(Set(table.rows.map { $0[0] }) == ["Space", "Voice", "Audience", "Influence"])
        let turnout = try bars(try chapter("participation"), "Dugnads: invited and those who came")
        // DemoDugnads: 3, 4 and 2 came; each under 5.
        #expect(turnout.groups.map { $0.values[1].text } == ["<5", "<5", "<5"])
    }

    @Test func thePlanCountsDoneOpenLateAndEachMeasuresPath() throws {
        let plan = try chapter("plan")
        let summary = try #require(tables(plan).first)
        #expect(summary.rows.last == ["All addresses", "26", "11", "15", "6", summary.rows.last![5]])
        #expect(tables(plan)[1].rows.count == 6)
        let paths = tables(plan)[2]
        #expect(paths.rows.count == 26)
        let months = try bars(plan, "Visits and residents followed up per month in the project period")
        #expect(months.groups.first?.label == "November 2025" && months.groups.last?.label == "November 2026")
    }

    @Test func whatTheFiguresCannotSayListsEachComparisonTooSmall() throws {
        let limits = try chapter("limits")
        guard case .list(let few) = try #require(limits.blocks.first { if case .list = $0 { true } else { false } }) else { return }
        #expect(few.contains("Neighbour complaint: Midtåsveien 22, Runarveien 1, Runarveien 3"))
        #expect(!few.contains { $0.hasPrefix("Request to Byggdrift") })
    }

    @Test func noResidentIsNamedUnlessTheReportIsInternal() throws {
        let names = world.replica.records(EntityType.resident.rawValue).map { Resident($0).name }
        let periods = try #require(ReportOptions.project(world.replica, today: world.today))
        for language in Language.allCases {
            for internalUse in [false, true] {
                let options = ReportOptions(period: periods.period, baseline: periods.baseline, language: language, internalUse: internalUse, today: world.today)
                let text = ReportMarkdown.markdown(Report.document(world.replica, options))
                    + ReportMarkdown.markdown(Report.status(world.replica, today: world.today, language: language, internalUse: internalUse))
                #expect(names.contains { text.contains($0) } == internalUse, "\(language) internal: \(internalUse)")
            }
        }
    }
}

/// Suppression where it is easiest to get wrong: one address with 4 complaints beside one with 9
/// under a total of 13. The 4 shows as "<5"; the 9 must go too, or 13 − 9 gives the 4 back; and it
/// is hidden, not "<5", which would be untrue.
@Suite struct ReportSuppressionTests {
    @Test func aGroupOfFourUnderATotalWithOneOtherGroup() throws {
        var w = World()
        let small = try w.address("Bakkeveien", "1"), large = try w.address("Bakkeveien", "3")
        let kari = try w.resident("Tove Testesen", at: small)
        for (address, n) in [(small, 4), (large, 9)] {
            for i in 0..<n { try w.add(.event, ["kind": "neighbour-complaint", "address": address, "date": w.today.adding(days: -10 - i).iso]) }
        }
        try w.add(.measure, ["address": small, "title": "Ny lås hos Tove Testesen"])
        _ = kari
        let period = IndicatorPeriod(from: w.today.adding(days: -100), to: w.today)
        func chart(inside: Bool) throws -> ReportBarChart {
            let doc = Report.document(w.replica, ReportOptions(period: period, baseline: nil, language: .en, internalUse: inside, today: w.today))
            let events = try #require(doc.chapters.first { $0.id == "events" })
            return try #require(events.blocks.compactMap { if case .bars(let c) = $0 { c } else { nil } }.first)
        }
        #expect(try chart(inside: false).groups.map { $0.values.map(\.text) } == [["<5"], ["hidden"], ["13"]])
        #expect(try chart(inside: false).groups.map { $0.values.map(\.value) } == [[nil], [nil], [13]])
        #expect(try chart(inside: true).groups.map { $0.values.map(\.text) } == [["4"], ["9"], ["13"]])
        let outside = ReportMarkdown.markdown(Report.document(w.replica, ReportOptions(period: period, baseline: nil, language: .en, today: w.today)))
        #expect(!outside.contains("Tove") && outside.contains("Ny lås hos \\[resident\\]"))
    }

    @Test func aComparisonNeedsFiveCasesInBothPeriods() {
        let f = ReportFigures(language: .en, internalUse: false)
        #expect(f.change(5, 10) == "↑ +100 %")
        #expect(f.change(4, 10) == "too few to compare")
        #expect(f.change(10, 4) == "too few to compare")
        #expect(f.change(10, 10) == "→ unchanged")
        #expect(f.counts([0, 3, 7], total: 10).map(\.text) == ["0", "<5", "hidden", "10"])
        #expect(f.counts([3, 2, 7], total: 12).map(\.text) == ["<5", "<5", "7", "12"])
    }
}

import NaboTestSupport
import Testing
@testable import NaboCore

/// The demo is the Sandefjord project moved so that its final report (31.10.2024) falls on the
/// frozen today (22.11.2026): 752 days later. Figures here are counted by hand from the report and
/// from the demo's tables.
@Suite struct DemoDataTests {
    let world: World
    var r: Replica { world.replica }
    var today: CalendarDate { world.today }
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso)! }
    func live(_ type: EntityType) -> [Record] { r.records(type.rawValue).filter { !$0.isDeleted } }

    init() throws { world = try World.demo() }

    @Test func theStockIsTheReportsThreeAddressesAnd23Units() {
        #expect(live(.address).count == 3)
        let units = live(.unit).map { $0.string("status") ?? "" }
        #expect(units.count == 23)
        #expect(units.filter { $0 == "let" }.count == 13)
        #expect(units.filter { $0 == "occupied-without-contract" }.count == 1)
        #expect(units.filter { $0 == "awaiting-repair" }.count == 4)
        #expect(units.filter { $0 == "vacant" }.count == 5)
        #expect(live(.resident).count == 14)
    }

    @Test func theProjectYearEndsTodayWithTheYearBeforeAsBaseline() throws {
        let project = try #require(Project.of(r))
        #expect(project.start == day("2025-11-22"))
        #expect(project.end == today)
        #expect(project.baselineStart == day("2024-11-22"))
        #expect(Indicators.defaultPeriods(r, today: today).map(\.label) == ["2024-11-22–2025-11-21", "2025-11-22–2026-11-22"])
    }

    @Test func everyStepIsDatedOnItsDayAndNoneLaterThanNow() {
        let walls = world.log.map(\.wallMillis)
        #expect(walls == walls.sorted())
        #expect(walls.last! <= Fixed.now)
        // The stock was there before the baseline year began: 3 October 2022, moved.
        #expect(CalendarDate(dayNumber: Int(walls.first! / 86_400_000)) == day("2024-10-24"))
    }

    @Test func sevenMeetingsWithTheirMinutesSentAndTheNextOneCalled() {
        let meetings = live(.meeting).sorted { ($0.string("date") ?? "") < ($1.string("date") ?? "") }
        #expect(meetings.count == 8)
        // Meeting 1 on 8.1.2024 moved is Thursday 29.1.2026; meeting 4's minutes went out a week after it.
        #expect(meetings[0].string("date") == "2026-01-29T10:00+01:00")
        #expect(meetings[3].string("date") == "2026-04-10T10:00+01:00")
        #expect(meetings[3].string("minutesSent") == "2026-04-17")
        #expect(meetings[4].string("minutesSent") == "2026-05-22")
        #expect(meetings.prefix(7).allSatisfy { $0.string("minutesSent") != nil })
        #expect(meetings[7].string("minutesSent") == nil)
        #expect(meetings[7].string("date")! > today.iso)
        let items = live(.agendaItem)
        #expect(items.filter { $0["standing"] == true }.count == 8)
        #expect(items.filter { $0["parked"] == true }.count == 3)
    }

    @Test func thePlansMeasuresAreTheSecondMeetingsDecisionAndMovedOnTheirDays() throws {
        let measures = live(.measure)
        #expect(measures.count == 26)
        let decision = try #require(live(.agendaItem).first { $0.string("title")?.hasPrefix("Enighet om tiltak") == true })
        #expect(measures.filter { $0.string("agendaItem") == decision.id }.count == 24)
        let locks = measures.filter { $0.string("planItem") == "plan-6" }.map(Measure.init)
        #expect(locks.allSatisfy { $0.isDone })
        // Locks at Runarveien done 29.2.2024, moved: 22.3.2026.
        #expect(locks.compactMap(\.statusChanged).sorted().first == day("2026-03-22"))
        let item4 = measures.filter { $0.string("planItem") == "plan-4" }
        #expect(item4.allSatisfy { $0["costToAgree"] == true })
        #expect(measures.map(Measure.init).filter(\.isDone).count == 11)
    }

    @Test func theSurveyWasAnsweredByAllButOneThenASecondRound() {
        let responses = live(.response).map { SurveyResponse($0, in: r) }
        let rounds = SurveyRound.all(responses).map(\.name)
        #expect(rounds == ["Januar 2026", "Oktober 2026"])
        #expect(responses.filter { $0.round == "Januar 2026" && $0.status == .complete }.count == 13)
        #expect(responses.filter { $0.round == "Oktober 2026" && $0.status == .complete }.count == 11)
        #expect(responses.filter { $0.status == .inProgress }.count == 1)
    }

    @Test func eventsCountFewerComplaintsInTheProjectYearThanTheYearBefore() {
        let periods = Indicators.defaultPeriods(r, today: today)
        let indicators = Indicators(r, periods: periods, today: today)
        func total(_ key: String) -> [Double] {
            indicators.rows.filter { $0.key == key }.reduce([0, 0]) { sum, row in zip(sum, row.values).map { $0 + ($1 ?? 0) } }
        }
        #expect(total(EventKind.neighbourComplaint.rawValue) == [21, 11])
        #expect(total(EventKind.operationsRequest.rawValue) == [30, 22])
        #expect(total(EventKind.servicesGranted.rawValue) == [2, 7])
        #expect(total(Indicator.dugnadAttended.rawValue) == [0, 9])
        #expect(total(Indicator.measuresDone.rawValue) == [0, 11])
    }

    @Test func theGoalsAreThePlansMainGoalFourSubGoalsAndWhatEachCounts() throws {
        let tree = Goal.tree(r)
        #expect(tree.map { "\($0.depth) \($0.goal.number ?? "")" } == ["0 0", "1 1", "2 1a", "2 1b", "2 1c", "2 1d", "2 1e", "1 2", "2 2a", "2 2b", "1 3", "1 4"])
        let complaints = try #require(tree.first { $0.goal.number == "1a" }?.goal)
        #expect(complaints.events == ["neighbour-complaint", "police"])
        let operations = try #require(tree.first { $0.goal.number == "3" }?.goal)
        // The eight plan items at three addresses, pest control and the light by the storage rooms.
        #expect(operations.measures.count == 26)
        #expect(operations.evaluation?.hasPrefix("En omfattende kartlegging") == true)
        #expect(operations.indicators == ["measures-done", "measures-late", "waiting-on-byggdrift"])
    }

    @Test func theProgressPlanHasOneLateActivityAndTheFinalReportDueToday() {
        let activities = live(.activity)
        #expect(activities.count == 23)
        let open = activities.filter { $0.string("done") == nil }
        #expect(open.compactMap { $0.string("planned") }.sorted() == ["2026-10-22", today.iso])
    }

    @Test func threeDugnadsInRunarveienTheNextPlannedAndThreeNotices() {
        let dugnads = live(.dugnad)
        #expect(dugnads.filter { $0.date("start").map { $0 <= today } ?? false }.count == 3)
        #expect(dugnads.map { $0.members("attended").count }.sorted() == [0, 2, 3, 4])
        #expect(live(.notice).count == 3)
    }
}

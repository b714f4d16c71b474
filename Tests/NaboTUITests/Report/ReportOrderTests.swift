import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// `:rapport` in the interface: the command opens a box with the project's periods, html and to
/// share; its keys switch the format, internal use and the status; Enter asks the runner to write
/// it, Esc writes nothing; typed periods go by the command line's rule. Its box as text at both sizes.
@Suite struct ReportOrderTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    func typed(_ text: String, on state: inout AppState) -> [AppEffect] {
        demo.reduce(&state, .commandLineOpened)
        for character in text { demo.reduce(&state, .commandTyped(character)) }
        return demo.reduce(&state, .commandSubmitted)
    }

    var start: AppState { AppState(language: .nb, isDemo: true) }

    /// The project's periods in the demo: the year to today, and the year before.
    var projectRequest: ReportRequest {
        let today = DemoReplica.today
        let options = ReportOptions(period: IndicatorPeriod(from: CalendarDate("2025-11-22")!, to: today),
                                    baseline: IndicatorPeriod(from: CalendarDate("2024-11-22")!, to: CalendarDate("2025-11-21")!),
                                    language: .nb, today: today)
        return ReportRequest(options: options, format: .html)
    }

    @Test func theCommandOpensTheBoxWithTheProjectsPeriodsAndEnterWritesIt() {
        var state = start
        #expect(typed("rapport", on: &state) == [])
        var expected = start
        expected.reportOrder = ReportOrder(projectRequest)
        #expect(state == expected)
        #expect(AppKeys.action(for: .character("f"), in: state) == .report(.formatToggled))
        #expect(AppKeys.action(for: .character("j"), in: state) == nil)
        demo.reduce(&state, .report(.formatToggled), .report(.internalToggled))
        var request = projectRequest
        request.format = .md
        request.options.internalUse = true
        expected.reportOrder = ReportOrder(request)
        expected.message = StatusMessage(.warning, ReportText.internalWarning)
        #expect(state == expected)
        #expect(request.fileName == "evaluering-2026-11-22-internt.md")
        #expect(demo.reduce(&state, .report(.confirmed)) == [.writeReport(request)])
        #expect(state == { var s = start; s.awaitingSave = .report; return s }())
    }

    @Test func escapeWritesNothingAndTheStatusIsOneKeyAway() {
        var state = start
        _ = typed("status", on: &state)
        #expect(state.reportOrder?.request.status == true)
        demo.reduce(&state, .report(.statusToggled))
        #expect(state.reportOrder == ReportOrder(projectRequest))
        #expect(demo.reduce(&state, .report(.cancelled)) == [])
        #expect(state == { var s = start; s.message = StatusMessage(.info, ReportText.cancelled); return s }())
    }

    @Test func typedPeriodsAreReadAsTheCommandLineReadsThem() {
        var state = start
        _ = typed("rapport 2026-01-01 2026-06-30", on: &state)
        #expect(state.reportOrder?.request.options.baseline == IndicatorPeriod(from: CalendarDate("2025-07-04")!, to: CalendarDate("2025-12-31")!))
        state = start
        _ = typed("rapport 2026-06-01 2026-01-01", on: &state)
        #expect(state.reportOrder == nil)
        #expect(state.message?.kind == .error)
        state = start
        _ = typed("rapport januar", on: &state)
        #expect(state.message == StatusMessage(.error, ReportText.usage))
        _ = typed("rapport januar 2026-06-30", on: &state)
        #expect(state.message == StatusMessage(.error, ReportText.notADate("januar")))
    }

    @Test func theBoxAtBothSizes() {
        for (language, size, name) in [(Language.nb, TerminalSize.minimum, "report-order-80x24-nb"),
                                       (.en, ScreenSnapshotTests.large, "report-order-120x40-en")] {
            var state = AppState(language: language, isDemo: true)
            var request = projectRequest
            request.options.language = language
            demo.reduce(&state, [], size: size, now: nil)
            state.reportOrder = ReportOrder(request)
            assertSnapshot(AppView.render(state, directory: demo.directory, size: size), named: name)
        }
    }
}

import NaboCore
import Testing
@testable import NaboTUI

/// `Z` on a resident's screen: the erasure asks why and for the name, refuses a wrong one under
/// its field, and with the right one asks the runner to erase; the screen is left once done.
@Suite struct PersonEraseFormTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    @Test func theNameMustBeTypedAsItStandsAndThenTheRunnerErases() {
        let kari = visits.demo.resident("Kari Nordvik")
        var state = AppState(language: .nb, isDemo: true)
        state.places += [Place(.residents), Place(.resident(kari.id))]
        visits.press(&state, [.character("Z")])
        #expect(state.recordForm == RecordForm(purpose: .erase(resident: kari.id), values: [:]))

        #expect(visits.press(&state, [.ctrl("s")]).isEmpty)
        #expect(state.recordForm?.problem == PersonText.reasonMissing && state.recordForm?.field == .reason)
        visits.press(&state, VisitTesting.typed("Ba om sletting i brev") + [.tab] + VisitTesting.typed("Kari Nord"))
        #expect(visits.press(&state, [.ctrl("s")]).isEmpty)
        #expect(state.recordForm?.problem == PersonText.nameDiffers && state.recordForm?.field == .name)

        let effects = visits.press(&state, VisitTesting.typed("VIK") + [.ctrl("s")])
        #expect(effects == [.erasePerson(kari.id, reason: "Ba om sletting i brev")])
        visits.reduce(&state, .saved(Message(nb: "Kari Nordvik er slettet.", en: "Kari Nordvik is erased.")))
        #expect(state.recordForm == nil)
        #expect(state.places == [Place(.home), Place(.residents)])
    }

    @Test func theFormAtBothSizes() {
        let resident = visits.demo.resident("Ørjan Ødegård")
        for (language, size, name) in [(Language.nb, TerminalSize.minimum, "erase-form-80x24-nb"), (.en, ScreenSnapshotTests.large, "erase-form-120x40-en")] {
            var state = AppState(language: language, isDemo: true)
            state.places.append(Place(.resident(resident.id)))
            visits.press(&state, [.character("Z")] + VisitTesting.typed("Retention") + [.tab], size: size)
            assertSnapshot(AppView.render(state, directory: visits.directory, size: size), named: name)
        }
    }
}

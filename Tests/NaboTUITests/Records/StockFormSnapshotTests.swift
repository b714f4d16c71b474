import NaboCore
import Testing
@testable import NaboTUI

/// The housing stock's forms and the whole measure's, as text at the smallest size in bokmål and
/// a roomy one in English.
@Suite struct StockFormSnapshotTests {
    let visits: VisitTesting

    init() throws {
        visits = try VisitTesting()
    }

    func render(_ screens: [Screen], _ keys: [Key], language: Language, size: TerminalSize) -> ScreenBuffer {
        var state = AppState(language: language, isDemo: true)
        state.places += screens.map { Place($0) }
        visits.press(&state, keys, size: size)
        return AppView.render(state, directory: visits.directory, size: size)
    }

    func both(_ name: String, _ screens: [Screen], _ keys: [Key]) {
        assertSnapshot(render(screens, keys, language: .nb, size: .minimum), named: name + "-80x24-nb")
        assertSnapshot(render(screens, keys, language: .en, size: ScreenSnapshotTests.large), named: name + "-120x40-en")
    }

    var runar1: String { visits.demo.address("Runarveien 1").id }
    var unit: String { visits.demo.unit("H0102", at: "Runarveien 1").id }

    @Test func aNewAddressWithAPostcodeTooShort() {
        both("address-form", [.addresses], [.character("a")] + VisitTesting.typed("Storgata") + [.tab] + VisitTesting.typed("12") + [.tab, .tab]
             + VisitTesting.typed("321"))
    }

    /// The refusal names everything at the address, so it grows up over the screen to be read.
    @Test func anAddressWithUnitsCannotBeDeleted() {
        both("address-delete-refused", [.address(runar1)], [.character("x")])
    }

    @Test func aNewUnitAtAnAddress() {
        both("unit-form", [.address(runar1)], [.character("a")] + VisitTesting.typed("H0109") + [.tab] + VisitTesting.typed("2") + [.tab, .down])
    }

    @Test func aResidentChanged() {
        both("resident-form", [.resident(visits.demo.resident("Ørjan Ødegård").id)], [.character("E"), .tab])
    }

    @Test func aNewResidentInAUnit() {
        both("resident-new-form", [.unit(unit)], [.character("a")] + VisitTesting.typed("Eva Prøve") + [.tab] + VisitTesting.typed("900 00"))
    }

    @Test func aMoveFindingTheUnit() {
        both("move-form", [.resident(visits.demo.resident("Ørjan Ødegård").id)], [.character("f")] + VisitTesting.typed("runarveien 3"))
    }

    @Test func aNewMeasureFromAUnit() {
        both("plan-measure-form", [.unit(unit)], [.character("M")] + VisitTesting.typed("Skifte lås") + [.tab, .down])
    }

    @Test func aMeasureChanged() {
        let measure = visits.directory.measures[0].id
        both("plan-measure-change-form", [.measure(measure)], [.character("e")])
    }
}

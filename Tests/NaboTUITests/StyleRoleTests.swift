import Testing
@testable import NaboTUI

@Suite struct StyleRoleTests {
    @Test func rolesHaveStableNames() {
        #expect(StyleRole(rawValue: "selection") == .selection)
    }
}

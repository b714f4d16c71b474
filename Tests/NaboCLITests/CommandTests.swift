import Testing
@testable import NaboCLI

@Suite struct CommandTests {
    @Test func hasName() {
        #expect(Nabo.configuration.commandName == "nabo")
    }
}

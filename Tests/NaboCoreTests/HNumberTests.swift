import Testing
@testable import NaboCore

@Suite struct HNumberTests {
    @Test func acceptsAndNormalisesLowerCase() throws {
        #expect(try HNumber("h0101").value == "H0101")
        #expect(try HNumber(" K0203 ").value == "K0203")
    }

    @Test(arguments: ["", "H101", "X0101", "H0001", "H0100", "H01011", "H01a1"])
    func rejects(_ text: String) {
        #expect(throws: Message.self) { try HNumber(text) }
    }
}

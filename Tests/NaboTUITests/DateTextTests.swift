import Testing
@testable import NaboTUI

@Suite struct DateTextTests {
    @Test func eachLanguageWritesDatesItsOwnWay() {
        #expect(DateText.format(year: 2026, month: 11, day: 22, language: .nb) == "22.11.2026")
        #expect(DateText.format(year: 2026, month: 11, day: 22, language: .en) == "22 Nov 2026")
        #expect(DateText.format(year: 2027, month: 1, day: 5, language: .nb) == "05.01.2027")
        #expect(DateText.format(year: 2027, month: 1, day: 5, language: .en) == "5 Jan 2027")
    }
}

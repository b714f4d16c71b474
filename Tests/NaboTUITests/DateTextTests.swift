import Testing
@testable import NaboTUI

@Suite struct DateTextTests {
    @Test func eachLanguageWritesDatesItsOwnWay() {
        #expect(DateText.format(year: 2026, month: 11, day: 22, language: .nb) == "22.11.2026")
        #expect(DateText.format(year: 2026, month: 11, day: 22, language: .en) == "22 Nov 2026")
        #expect(DateText.format(year: 2027, month: 1, day: 5, language: .nb) == "05.01.2027")
        #expect(DateText.format(year: 2027, month: 1, day: 5, language: .en) == "5 Jan 2027")
    }

    @Test func formatsStoredISODates() {
        #expect(DateText.format(iso8601: "2026-11-22", language: .nb) == "22.11.2026")
        #expect(DateText.format(iso8601: "2026-11-22T09:30:00Z", language: .en) == "22 Nov 2026")
        #expect(DateText.format(iso8601: "2026-02-30", language: .nb) == nil)
        #expect(DateText.format(iso8601: "22.11.2026", language: .nb) == nil)
    }

    @Test(arguments: [
        ("22.11.2026", 2026, 11, 22), ("1.2.26", 2026, 2, 1), (" 2026-11-22 ", 2026, 11, 22), ("29.02.2024", 2024, 2, 29),
    ])
    func parsesWhatUsersType(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(DateText.parse(text))
        #expect(date.year == year && date.month == month && date.day == day)
    }

    @Test(arguments: ["29.02.2025", "31.04.2026", "0.1.2026", "22.13.2026", "22/11/2026", "22.11.202", "abc", "", "2026-1-5"])
    func rejectsWhatIsNotADate(text: String) {
        #expect(DateText.parse(text) == nil)
    }
}

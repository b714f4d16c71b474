import NaboTestSupport
import Testing
@testable import NaboCore

/// The line rules iCalendar and vCard share, and instants written in UTC.
@Suite struct ContentLinesTests {
    @Test func textEscapesBackslashSemicolonCommaAndLineBreaks() {
        #expect(ContentLines.escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf")
    }

    @Test func foldingCutsBetweenLettersNeverInsideOne() {
        // 74 ASCII octets and then "ø" (two octets): the first line cannot take the whole "ø".
        let line = String(repeating: "a", count: 74) + "øøø"
        let parts = ContentLines.fold(line)
        #expect(parts == [String(repeating: "a", count: 74), " øøø"])
        let long = String(repeating: "æøå", count: 40)
        let folded = ContentLines.fold(long)
        #expect(folded.allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == long)
        #expect(ContentLines.fold(String(repeating: "x", count: 75)).count == 1)
        #expect(ContentLines.fold(String(repeating: "x", count: 76)) == [String(repeating: "x", count: 75), " x"])
    }

    @Test func localTimesMoveToUTCByTheirOffsetAcrossMidnight() throws {
        let late = try #require(LocalDateTime("2026-12-31T23:30-02:00", offsetFor: { _, _ in 0 }))
        #expect(UTCStamp.format(late) == "20270101T013000Z")
        let early = try #require(LocalDateTime("2026-06-01T00:30+02:00", offsetFor: { _, _ in 0 }))
        #expect(UTCStamp.format(early) == "20260531T223000Z")
        #expect(UTCStamp.format(milliseconds: Fixed.now) == "20261122T110000Z")
    }
}

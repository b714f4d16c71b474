import NaboCore
import Testing
@testable import NaboTUI

@Suite struct ScreenBufferTests {
    @Test func putReturnsTheColumnAfterTheText() {
        var screen = ScreenBuffer(rows: 2, columns: 20)
        #expect(screen.put("Ørjan", row: 0, column: 2) == 7)
        #expect(screen.put("张伟", row: 1, column: 0) == 4)
        #expect(screen.lines() == ["  Ørjan", "张伟"])
    }

    @Test func clipsAtEveryEdge() {
        var screen = ScreenBuffer(rows: 2, columns: 10)
        screen.put("abcdef", row: 0, column: 7)
        screen.put("abcdef", row: 1, column: -2)
        screen.put("hidden", row: 2, column: 0)
        screen.put("hidden", row: -1, column: 0)
        #expect(screen.lines() == ["       abc", "cdef"])
    }

    @Test func limitStopsTextInsideAPane() {
        var screen = ScreenBuffer(rows: 1, columns: 20)
        screen.put("Storgata 3", row: 0, column: 2, limit: 5)
        #expect(screen.text == "  Storg")
    }

    @Test func wideCharacterThatWouldStraddleTheRightEdgeIsLeftOut() {
        var screen = ScreenBuffer(rows: 1, columns: 5)
        #expect(screen.put("ab张伟", row: 0, column: 2) == 6)
        #expect(screen[0, 4] == .blank())
        #expect(screen.text == "  ab")
    }

    @Test func wideCharacterCutByTheLeftEdgeLeavesABlank() {
        var screen = ScreenBuffer(rows: 1, columns: 5)
        screen.put("张x", row: 0, column: -1)
        #expect(screen[0, 0] == .blank())
        #expect(screen.text == " x")
    }

    @Test func wideCharacterTakesTwoCells() {
        var screen = ScreenBuffer(rows: 1, columns: 4)
        screen.put("张", row: 0, column: 1, role: .title)
        #expect(screen[0, 1] == Cell("张", width: 2, role: .title))
        #expect(screen[0, 2].isContinuation)
        #expect(screen[0, 2].role == .title)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = ScreenBuffer(rows: 2, columns: 6)
        screen.put("张伟", row: 0, column: 0)
        screen.put("x", row: 0, column: 1)
        screen.put("张伟", row: 1, column: 0)
        screen.put("y", row: 1, column: 2)
        #expect(screen.lines() == [" x伟", "张y"])
        #expect(!screen[0, 0].isContinuation && screen[0, 0].width == 1)
        #expect(screen[1, 3] == .blank())
    }

    @Test func wideCharacterOverAnotherShiftedByOneColumn() {
        var screen = ScreenBuffer(rows: 1, columns: 6)
        screen.put("张伟", row: 0, column: 0)
        screen.put("明", row: 0, column: 1)
        #expect(screen.text == " 明")
        #expect(screen[0, 3] == .blank())
    }

    @Test func controlCharactersBecomeSpaces() {
        var screen = ScreenBuffer(rows: 1, columns: 20)
        screen.put("ikke\thjemme\r\nså", row: 0, column: 0)
        #expect(screen.text == "ikke hjemme så")
    }

    @Test func escapeSequencesInANameAreShownEscapedAndNoCellHoldsAControlCharacter() {
        var screen = ScreenBuffer(rows: 2, columns: 40)
        let end = screen.put("Kari\u{1B}]0;eid\u{7}\u{1B}[2J Test", row: 0, column: 0)
        screen.put("a\u{7F}b\u{9B}c\rd\\e", row: 1, column: 0)
        #expect(screen.lines() == ["Kari\\u{1B}]0;eid\\u{07}\\u{1B}[2J Test", "a\\u{7F}b\\u{9B}c\\u{0D}d\\\\e"])
        #expect(end == screen.lines()[0].count)
        let characters = (0..<2).flatMap { row in (0..<40).map { screen[row, $0].character } }
        #expect(characters.allSatisfy { $0.unicodeScalars.allSatisfy { !ControlCharacters.isControl($0) } })
    }

    @Test func anEscapedCharacterIsClippedLikeText() {
        var screen = ScreenBuffer(rows: 1, columns: 10)
        #expect(screen.put("ab\u{1B}cd", row: 0, column: 0, limit: 6) == 6)
        #expect(screen.text == "ab\\u{1")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var screen = ScreenBuffer(rows: 1, columns: 10)
        let end = screen.put("Nguye\u{0302}\u{0303}n", row: 0, column: 0)
        #expect(end == 6)
        #expect(screen[0, 4].character == Character("e\u{0302}\u{0303}"))
    }

    @Test func fillGivesTheWholeRowItsRole() {
        var screen = ScreenBuffer(rows: 2, columns: 6)
        screen.fill(row: 1, role: .status)
        #expect((0..<6).allSatisfy { screen[1, $0] == .blank(.status) })
        #expect((0..<6).allSatisfy { screen[0, $0] == .blank(.normal) })
    }

    @Test func textTrimsTrailingSpaces() {
        var screen = ScreenBuffer(rows: 3, columns: 10)
        screen.fill(row: 1, role: .selection)
        screen.put("a  ", row: 0, column: 0)
        #expect(screen.text == "a\n\n")
    }

    @Test func boxWithTitle() {
        var screen = ScreenBuffer(rows: 5, columns: 24)
        screen.box(Rect(row: 0, column: 1, rows: 4, columns: 20), title: "Storgata 3")
        screen.box(Rect(row: 4, column: 0, rows: 1, columns: 20))
        assertSnapshot(screen, named: "box")
    }
}

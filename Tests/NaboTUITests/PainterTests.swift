import Testing
@testable import NaboTUI

@Suite struct PainterTests {
    static let names = ["Nguyễn Thị Minh Khai", "Cabdullaahi Maxamed", "张伟", "Ørjan Ødegård", "Ali Hassan", "Kari Nordmann"]

    static let unselectedNameColumns = names.dropFirst().map { $0.filter { $0 != " " }.displayWidth }.reduce(0, +)

    /// A list screen with a full-width selection bar, as the screens will draw one.
    static func list(selected: Int, size: TerminalSize = .minimum) -> ScreenBuffer {
        var screen = ScreenBuffer(size: size)
        screen.put("Beboere", row: 0, column: 0, role: .title)
        for (index, name) in names.enumerated() {
            let row = index + 2
            if index == selected { screen.fill(row: row, role: .selection) }
            screen.put(name, row: row, column: 2, role: index == selected ? .selection : .normal)
        }
        return screen
    }

    @Test func firstPaintClearsAndWritesOnlyWhatIsNotBlank() {
        var terminal = RecordingTerminal(size: .minimum)
        var painter = Painter()
        let screen = Self.list(selected: 0)
        painter.present(screen, on: &terminal)
        #expect(terminal.clears == 1)
        #expect(terminal.flushes == 1)
        #expect(terminal.screen == screen)
        // Blank cells are what the cleared screen already shows, spaces inside names included.
        #expect(terminal.cellsWritten == "Beboere".count + 80 + Self.unselectedNameColumns)
    }

    @Test func theSameScreenAgainWritesNothing() {
        var terminal = RecordingTerminal(size: .minimum)
        var painter = Painter()
        painter.present(Self.list(selected: 0), on: &terminal)
        terminal.resetCounts()
        painter.present(Self.list(selected: 0), on: &terminal)
        #expect(terminal.cellsWritten == 0)
        #expect(terminal.writes == 0)
        #expect(terminal.clears == 0)
    }

    @Test func movingTheSelectionWritesOnlyTheTwoRowsThatChanged() {
        var terminal = RecordingTerminal(size: .minimum)
        var painter = Painter()
        painter.present(Self.list(selected: 1), on: &terminal)
        terminal.resetCounts()
        painter.present(Self.list(selected: 2), on: &terminal)
        #expect(terminal.cellsWritten == 2 * 80)
        #expect(terminal.writes == 2)
        #expect(terminal.screen == Self.list(selected: 2))
    }

    @Test func changedCellsGoOutInRunsAndUnchangedCellsAreSkipped() {
        var before = ScreenBuffer(rows: 1, columns: 20)
        before.put("Storgata 3, H0101", row: 0, column: 0)
        var after = before
        after.put("5", row: 0, column: 9)
        after.put("202", row: 0, column: 14)
        var terminal = RecordingTerminal(size: before.size)
        var painter = Painter()
        painter.present(before, on: &terminal)
        terminal.resetCounts()
        painter.present(after, on: &terminal)
        #expect(terminal.writes == 3)
        #expect(terminal.cellsWritten == 3)
        #expect(terminal.screen.text == "Storgata 5, H0202")
    }

    @Test func aWideCharacterIsRewrittenWhole() {
        var before = ScreenBuffer(rows: 1, columns: 6)
        before.put("a张伟", row: 0, column: 0)
        var after = before
        after.put("x", row: 0, column: 2)
        var terminal = RecordingTerminal(size: before.size)
        var painter = Painter()
        painter.present(before, on: &terminal)
        terminal.resetCounts()
        painter.present(after, on: &terminal)
        #expect(terminal.screen == after)
        #expect(terminal.cellsWritten == 2)
    }

    @Test func resizeRepaintsEverything() {
        var terminal = RecordingTerminal(size: .minimum)
        var painter = Painter()
        painter.present(Self.list(selected: 0), on: &terminal)
        let larger = TerminalSize(rows: 30, columns: 100)
        terminal.resize(to: larger)
        #expect(terminal.nextKey(timeoutMilliseconds: nil) == .resize)
        #expect(terminal.size == larger)
        terminal.resetCounts()
        let screen = Self.list(selected: 0, size: larger)
        painter.present(screen, on: &terminal)
        #expect(terminal.clears == 1)
        #expect(terminal.screen == screen)
        #expect(terminal.cellsWritten == "Beboere".count + 100 + Self.unselectedNameColumns)
    }

    @Test func invalidateForcesAFullRepaint() {
        var terminal = RecordingTerminal(size: .minimum)
        var painter = Painter()
        painter.present(Self.list(selected: 0), on: &terminal)
        painter.invalidate()
        terminal.resetCounts()
        painter.present(Self.list(selected: 0), on: &terminal)
        #expect(terminal.clears == 1)
        #expect(terminal.cellsWritten > 80)
    }

    @Test func terminalShowsEveryScreenOfASequenceExactly() {
        var terminal = RecordingTerminal(size: TerminalSize(rows: 4, columns: 12))
        var painter = Painter()
        let frames = ["张伟 Ørjan", "Ørjan 张伟", "ab张cd伟", "", "Nguyễn Thị", "  张  张  张"]
        for (index, text) in frames.enumerated() {
            var screen = ScreenBuffer(size: terminal.size)
            screen.put(text, row: index % 4, column: index % 3, role: index.isMultiple(of: 2) ? .normal : .selection)
            screen.put(text, row: 3, column: 0)
            painter.present(screen, on: &terminal)
            #expect(terminal.screen == screen)
        }
    }

    @Test func theCursorFollowsTheScreen() {
        var terminal = RecordingTerminal(size: .minimum)
        var painter = Painter()
        var screen = ScreenBuffer(size: .minimum)
        screen.cursor = Position(row: 3, column: 7)
        painter.present(screen, on: &terminal)
        #expect(terminal.cursor == Position(row: 3, column: 7))
        screen.cursor = nil
        painter.present(screen, on: &terminal)
        #expect(terminal.cursor == nil)
    }
}

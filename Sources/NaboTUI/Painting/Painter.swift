/// Sends a new screen to a terminal, writing only the cells that differ from the last screen sent.
///
/// Consecutive changed cells in the same role go out as one run of text, so a cursor moving down a
/// list costs two rows, not a screen.
public struct Painter: Sendable {
    private var shown: ScreenBuffer?

    public init() {}

    /// Forgets what the terminal shows, so the next `present` clears and repaints everything:
    /// after a resize, after handing the terminal to an editor, or when the user asks to redraw.
    public mutating func invalidate() {
        shown = nil
    }

    public mutating func present(_ screen: ScreenBuffer, on output: inout some TerminalOutput) {
        let previous = shown.flatMap { $0.size == screen.size ? $0 : nil }
        if previous == nil {
            output.clear()
        }
        for row in 0..<screen.size.rows {
            paint(row: row, of: screen, over: previous, on: &output)
        }
        output.setCursor(screen.cursor)
        output.flush()
        shown = screen
    }

    private func paint(row: Int, of screen: ScreenBuffer, over previous: ScreenBuffer?, on output: inout some TerminalOutput) {
        let columns = screen.size.columns
        var run = ""
        var runStart = 0
        var runRole = StyleRole.normal

        func flushRun() {
            if !run.isEmpty {
                output.put(run, row: row, column: runStart, role: runRole)
                run = ""
            }
        }

        var column = 0
        while column < columns {
            let cell = screen[row, column]
            let span = max(1, cell.width)
            let changed: Bool
            if let previous {
                changed = (column..<min(columns, column + span)).contains { screen[row, $0] != previous[row, $0] }
            } else {
                changed = !cell.isClearedBlank
            }
            // Stepping by the lead's width means a continuation cell is never visited on its
            // own: it goes out with its lead, which is what the terminal expects.
            if !changed {
                flushRun()
                column += span
                continue
            }
            if !run.isEmpty, cell.role != runRole {
                flushRun()
            }
            if run.isEmpty {
                runStart = column
                runRole = cell.role
            }
            run.append(cell.character)
            column += span
        }
        flushRun()
    }
}

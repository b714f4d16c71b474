import NaboCore

/// What the whole screen shows while the terminal is smaller than the screens are laid out for:
/// in words, what to do about it and how far there is to go. It draws something sensible at any
/// size, down to a single cell.
public enum TooSmallScreen {
    public static func render(size: TerminalSize, needed: TerminalSize = .minimum, language: Language) -> ScreenBuffer {
        var screen = ScreenBuffer(size: size)
        let width = size.columns
        guard width > 0, size.rows > 0 else { return screen }
        let paragraphs: [(String, StyleRole)] = [
            (UIText.tooSmallTitle.text(language), .warning),
            (UIText.tooSmallAdvice.text(language), .normal),
            (UIText.tooSmallSizes(current: size, needed: needed).text(language), .normal),
            (UIText.tooSmallQuit.text(language), .muted),
        ]
        // Whole paragraphs while they fit, most important first; a window too short even for
        // the title gets as much of the title as it can hold.
        var lines: [(String, StyleRole)] = []
        for (index, (text, role)) in paragraphs.enumerated() {
            let gap: [(String, StyleRole)] = index > 0 && size.rows >= 8 ? [("", .normal)] : []
            let paragraph = gap + WordWrap.lines(text, width: width).map { ($0, role) }
            if index > 0, lines.count + paragraph.count > size.rows { break }
            lines += paragraph
        }
        let shown = lines.prefix(size.rows)
        let top = (size.rows - shown.count) / 2
        for (offset, (line, role)) in shown.enumerated() {
            let column = max(0, (width - line.displayWidth) / 2)
            screen.put(line, row: top + offset, column: column, role: role)
        }
        return screen
    }
}

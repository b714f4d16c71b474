import NaboCore

/// The `?` help: a box over the current screen listing every key of the screen's map.
public struct HelpOverlay: Sendable {
    /// The screen the keys belong to, shown in the box's title.
    public var screenName: Message
    public var entries: [(keys: String, help: Message)]
    /// The first entry shown, for scrolling a list longer than the box.
    public var firstEntry: Int

    public init<Action>(screenName: Message, keyMap: KeyMap<Action>, language: Language, firstEntry: Int = 0) {
        self.screenName = screenName
        self.entries = keyMap.bindings.map { ($0.keyLabel(language), $0.help) }
        self.firstEntry = firstEntry
    }

    /// Draws the box centred on `screen`, as large as the entries need and the screen allows.
    public func draw(into screen: inout ScreenBuffer, language: Language) {
        let keyWidth = min(entries.map(\.keys.displayWidth).max() ?? 0, 16)
        let helpWidth = entries.map { $0.help.text(language).displayWidth }.max() ?? 0
        let footer = UIText.helpClose.text(language)
        let wantedColumns = max(keyWidth + 3 + helpWidth, footer.displayWidth) + 4
        let wantedRows = entries.count + 4
        let box = screen.bounds.inset(by: 1).centered(rows: wantedRows, columns: wantedColumns)
        guard box.rows >= 3, box.columns >= 6 else { return }

        screen.fill(box, role: .overlay)
        let title = UIText.helpTitle.text(language) + " – " + screenName.text(language)
        // Everything inside the box keeps the overlay's background, whatever the theme gives the
        // screen's own borders and muted text.
        screen.box(box, role: .overlay, title: title, titleRole: .overlayKey)
        let inner = box.inset(by: 1)
        let textColumn = inner.column + 1
        let textWidth = inner.columns - 2
        // The last inner row is kept for the footer.
        let listRows = max(0, inner.rows - 1)
        let first = max(0, min(firstEntry, entries.count - 1))
        let visible = entries.dropFirst(first).prefix(listRows)
        let hidden = entries.count - first - visible.count

        for (offset, entry) in visible.enumerated() {
            let row = inner.row + offset
            let isLastRowWithMoreBelow = offset == listRows - 1 && hidden > 0
            if isLastRowWithMoreBelow {
                let more = UIText.helpMore(hidden + 1).text(language)
                screen.put(more.truncated(toWidth: textWidth), row: row, column: textColumn, role: .overlay)
                break
            }
            let keys = entry.keys.fitted(toWidth: min(keyWidth, textWidth))
            let after = screen.put(keys, row: row, column: textColumn, role: .overlayKey)
            let helpWidth = textColumn + textWidth - (after + 2)
            screen.put(entry.help.text(language).truncated(toWidth: helpWidth), row: row, column: after + 2, role: .overlay)
        }
        screen.put(footer.truncated(toWidth: textWidth), row: inner.bottom - 1, column: textColumn, role: .overlay)
    }
}

import NaboCore

/// The bottom line of every screen: where the user is, and the screen's main keys.
public struct StatusLine: Sendable {
    /// Where the user is, as a path: "Besøk › Storgata 3".
    public var location: String
    /// Key labels with their short status words, in the order the screen listed them.
    public var keys: [(keys: String, label: String)]
    /// A marker shown first, such as DEMO when the data is demo data.
    public var badge: String?

    public init<Action>(location: String, keyMap: KeyMap<Action>, language: Language, badge: String? = nil) {
        self.location = location
        self.keys = keyMap.mainBindings.map { binding in
            (binding.keys.first?.label(language) ?? "", binding.status?.text(language) ?? "")
        }
        self.badge = badge
    }

    /// Draws the line on `row`. Keys that do not fit are left out from the end, whole; the
    /// location gives way, losing its start, down to a third of the width before that happens.
    public func draw(into screen: inout ScreenBuffer, row: Int) {
        let width = screen.size.columns
        screen.fill(row: row, role: .status)
        var column = 0
        if let badge {
            column = screen.put(" " + badge + " ", row: row, column: column, role: .demo)
        }
        let keyTexts = keys.map { (keys: " " + $0.keys + " ", label: $0.label + " ") }
        let keysWidth = keyTexts.reduce(0) { $0 + $1.keys.displayWidth + $1.label.displayWidth }
        let locationRoom = max(width / 3, width - column - keysWidth - 2)
        // Cut from the start: the end of the path is where the user is.
        column = screen.put(" " + location.truncatedFromStart(toWidth: max(0, locationRoom - 1)), row: row, column: column, role: .status)

        var keysColumn = max(column + 2, width - keysWidth)
        for key in keyTexts {
            let needed = key.keys.displayWidth + key.label.displayWidth
            guard keysColumn + needed <= width else { break }
            keysColumn = screen.put(key.keys, row: row, column: keysColumn, role: .statusKey)
            keysColumn = screen.put(key.label, row: row, column: keysColumn, role: .status)
        }
    }
}

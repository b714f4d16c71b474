import NaboCore

/// The bottom line of every screen: where the user is, and the screen's main keys.
public struct StatusLine: Sendable {
    /// Where the user is, as a path: "Besøk › Storgata 3".
    public var location: String
    /// Key labels with their short status words, in the order the screen listed them.
    public var keys: [(keys: String, label: String)]
    /// A marker shown first, such as DEMO when the data is demo data.
    public var badge: String?
    /// The automatic sync's state, after the badge.
    public var sync: String?

    /// What the worker must know before typing anything: demo data, and data a copy would reveal.
    public static func badge(isDemo: Bool, isEncrypted: Bool, language: Language) -> String? {
        let plain = Message(nb: "ikke kryptert", en: "not encrypted").text(language)
        switch (isDemo, isEncrypted) {
        case (true, true): return "DEMO"
        case (true, false): return "DEMO · " + plain
        case (false, false): return plain
        case (false, true): return nil
        }
    }

    public init<Action>(location: String, keyMap: KeyMap<Action>, language: Language, badge: String? = nil, sync: String? = nil) {
        self.sync = sync
        self.location = location
        self.keys = keyMap.mainBindings.map { binding in
            (binding.keys.first?.label(language) ?? "", binding.status?.text(language) ?? "")
        }
        self.badge = badge
    }

    /// Draws the line on `row`. Keys that do not fit are left out from the end, whole; the
    /// location gives way, losing its start, down to a fifth of the width before that happens, so the
    /// help key stays beside a long badge at 80 columns.
    public func draw(into screen: inout ScreenBuffer, row: Int) {
        let width = screen.size.columns
        screen.fill(row: row, role: .status)
        var column = 0
        if let badge {
            column = screen.put(" " + badge + " ", row: row, column: column, role: .demo)
        }
        if let sync {
            column = screen.put(" " + sync + " ", row: row, column: column, role: .status)
        }
        let keyTexts = keys.map { (keys: " " + $0.keys + " ", label: $0.label + " ") }
        let keysWidth = keyTexts.reduce(0) { $0 + $1.keys.displayWidth + $1.label.displayWidth }
        let locationRoom = max(width / 5, width - column - keysWidth - 2)
        // Cut from the start, a whole step at a time: the end of the path is where the user is.
        column = screen.put(" " + location.truncatedPath(toWidth: max(0, locationRoom - 1)), row: row, column: column, role: .status)

        var keysColumn = max(column + 2, width - keysWidth)
        for key in keyTexts {
            let needed = key.keys.displayWidth + key.label.displayWidth
            guard keysColumn + needed <= width else { break }
            keysColumn = screen.put(key.keys, row: row, column: keysColumn, role: .statusKey)
            keysColumn = screen.put(key.label, row: row, column: keysColumn, role: .status)
        }
    }
}

import NaboCore

/// The line above the status line: the search or command being typed, else the last message,
/// else the search the list is filtered by.
struct MessageLine {
    var state: AppState
    /// Rows the list shows, to say how many matched.
    var count: Int

    func draw(into screen: inout ScreenBuffer, row: Int) {
        let language = state.language
        switch state.mode {
        case .searching:
            let query = state.current.filter?.query ?? ""
            let after = screen.put("/" + query, row: row, column: 0, role: .normal)
            screen.cursor = Position(row: row, column: min(after, screen.size.columns - 1))
            screen.put("  " + Self.matches(count).text(language), row: row, column: after + 1, role: .muted)
        case .commandLine(let text):
            let after = screen.put(":" + text, row: row, column: 0, role: .normal)
            screen.cursor = Position(row: row, column: min(after, screen.size.columns - 1))
        case .browsing, .help:
            if let message = state.message {
                message.draw(into: &screen, row: row, language: language)
            } else if let filter = state.current.filter {
                screen.put(Self.filtered(filter.query, count).text(language), row: row, column: 0, role: .muted)
            }
        }
    }

    static func matches(_ count: Int) -> Message {
        Message(nb: count == 1 ? "1 treff" : "\(count) treff", en: count == 1 ? "1 match" : "\(count) matches")
    }

    static func filtered(_ query: String, _ count: Int) -> Message {
        Message(nb: "Søk «\(query)»: \(count) treff. Esc fjerner søket.", en: "Search “\(query)”: \(count) \(count == 1 ? "match" : "matches"). Esc clears the search.")
    }
}

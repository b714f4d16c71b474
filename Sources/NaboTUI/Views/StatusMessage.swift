import NaboCore

/// The sentence shown after a save, a sync or an error, in words a worker understands.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case info, success, warning, error
    }

    public var kind: Kind
    public var text: Message

    public init(_ kind: Kind, _ text: Message) {
        self.kind = kind
        self.text = text
    }

    /// The role of the line; the symbol in front says the same for those who cannot see colour.
    public var role: StyleRole {
        switch kind {
        case .info: .message
        case .success: .done
        case .warning: .warning
        case .error: .error
        }
    }

    public var symbol: String {
        switch kind {
        case .info: "•"
        case .success: "✓"
        case .warning: "!"
        case .error: "✗"
        }
    }

    /// Draws the message ending on `row`. One that is longer than the line grows upwards over the
    /// screen, up to a third of it, so a refusal that names what stands in its way can be read
    /// whole; it goes with the next key like any message. Cut with an ellipsis beyond that.
    public func draw(into screen: inout ScreenBuffer, row: Int, language: Language) {
        let width = screen.size.columns - 3
        var lines = width > 10 ? WordWrap.lines(text.text(language), width: width) : [text.text(language)]
        let most = max(1, min(row + 1, screen.size.rows / 3))
        if lines.count > most {
            lines = Array(lines.prefix(most - 1)) + [lines[(most - 1)...].joined(separator: " ")]
        }
        for (offset, line) in lines.enumerated() {
            let at = row - lines.count + 1 + offset
            screen.fill(row: at, role: role)
            screen.put(((offset == 0 ? " " + symbol + " " : "   ") + line).truncated(toWidth: screen.size.columns), row: at, column: 0, role: role)
        }
    }
}

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

    /// Draws the message on `row`, cut with an ellipsis if the line is too short for it.
    public func draw(into screen: inout ScreenBuffer, row: Int, language: Language) {
        screen.fill(row: row, role: role)
        let line = " " + symbol + " " + text.text(language)
        screen.put(line.truncated(toWidth: screen.size.columns), row: row, column: 0, role: role)
    }
}

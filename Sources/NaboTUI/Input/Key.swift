/// One key press, or an event that arrives on the same stream as keys (resize, mouse).
public enum Key: Hashable, Sendable {
    /// A printable character, as typed: "å", "K", "?".
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// F1 is `.function(1)`.
    case function(Int)
    /// Control plus a letter, always lower case: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    /// The terminal changed size; the screen must be drawn again.
    case resize
    case mouse(MouseEvent)

    /// The key for a character read from the terminal, decoding the control characters a
    /// terminal in raw mode sends for Enter, Tab, Esc, Backspace and Ctrl-letter.
    /// Returns nil for control characters that no key produces on its own.
    public init?(typed scalar: Unicode.Scalar) {
        switch scalar.value {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 1...26: self = .ctrl(Character(Unicode.Scalar(scalar.value + 0x60)!))
        case 0..<32, 0x80..<0xA0: return nil
        default: self = .character(Character(scalar))
        }
    }
}

import NaboCore

extension Key {
    /// The name of the key as the help and the status line print it.
    public func label(_ language: Language) -> String {
        switch self {
        case .character(" "): return UIText.keySpace.text(language)
        case .character(let character): return String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return UIText.keyBackspace.text(language)
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let number): return "F\(number)"
        case .ctrl(let character): return "Ctrl-" + character.uppercased()
        case .resize: return UIText.keyResize.text(language)
        case .mouse: return UIText.keyMouse.text(language)
        }
    }
}

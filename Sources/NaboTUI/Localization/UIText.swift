import NaboCore

/// The interface's own sentences and words, each in bokmål and English. Screens keep theirs next
/// to the screen; these are the ones the foundation draws.
public enum UIText {
    public static let keySpace = Message(nb: "Mellomrom", en: "Space")
    public static let keyBackspace = Message(nb: "Rettetast", en: "Backspace")
    public static let keyResize = Message(nb: "Vindusendring", en: "Resize")
    public static let keyMouse = Message(nb: "Mus", en: "Mouse")

    public static let helpTitle = Message(nb: "Taster", en: "Keys")
    public static let helpClose = Message(nb: "Esc eller ? lukker hjelpen", en: "Esc or ? closes the help")

    public static func helpMore(_ count: Int) -> Message {
        Message(nb: "… \(count) til (PgDn)", en: "… \(count) more (PgDn)")
    }

    public static let tooSmallTitle = Message(nb: "Vinduet er for lite", en: "The window is too small")
    public static let tooSmallAdvice = Message(
        nb: "Gjør terminalvinduet større, eller skriften mindre.",
        en: "Make the terminal window larger, or the text smaller.")

    public static func tooSmallSizes(current: TerminalSize, needed: TerminalSize) -> Message {
        Message(
            nb: "Nå \(current) tegn, trenger minst \(needed).",
            en: "Now \(current) characters, needs at least \(needed).")
    }

    public static let tooSmallQuit = Message(nb: "Ctrl-C avslutter.", en: "Ctrl-C quits.")
}

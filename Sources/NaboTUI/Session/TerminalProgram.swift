import NaboCore

/// Something the session can run: it draws its state and reacts to keys.
public protocol TerminalProgram {
    /// The whole screen for the current state, at a size of at least the session's minimum.
    func render(size: TerminalSize, language: Language) -> ScreenBuffer
    /// Reacts to one key; `.quit` ends the session's loop.
    mutating func handle(_ key: Key) -> ProgramStep
}

public enum ProgramStep: Sendable {
    case keepRunning, quit
}

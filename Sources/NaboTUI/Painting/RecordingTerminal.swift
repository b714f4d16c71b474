/// A terminal in memory: it keeps what a real terminal would show, counts what was sent to it,
/// and hands out scripted keys. Tests and benchmarks drive the interface through it.
public struct RecordingTerminal: TerminalDevice, Sendable {
    public private(set) var size: TerminalSize
    /// What the terminal shows after everything written so far.
    public private(set) var screen: ScreenBuffer
    /// Columns written since the last `resetCounts()`: the measure of how much a paint cost.
    public private(set) var cellsWritten = 0
    /// Calls to `put` since the last `resetCounts()`.
    public private(set) var writes = 0
    public private(set) var clears = 0
    public private(set) var flushes = 0
    public private(set) var cursor: Position?
    /// Keys still to be read, first first.
    public var pendingKeys: [Key]
    /// Sizes that take effect as their `.resize` keys are read, as curses applies a new size.
    private var pendingSizes: [TerminalSize] = []

    public init(size: TerminalSize, keys: [Key] = []) {
        self.size = size
        self.screen = ScreenBuffer(size: size)
        self.pendingKeys = keys
    }

    public mutating func clear() {
        screen = ScreenBuffer(size: size)
        clears += 1
    }

    public mutating func put(_ text: String, row: Int, column: Int, role: StyleRole) {
        writes += 1
        cellsWritten += text.displayWidth
        screen.put(text, row: row, column: column, role: role)
    }

    public mutating func setCursor(_ position: Position?) {
        cursor = position
    }

    public mutating func flush() {
        flushes += 1
    }

    /// The next scripted key; nil once the script has run out, as a real terminal returns nil
    /// when no key came within the timeout.
    public mutating func nextKey(timeoutMilliseconds: Int?) -> Key? {
        guard !pendingKeys.isEmpty else { return nil }
        let key = pendingKeys.removeFirst()
        if key == .resize, !pendingSizes.isEmpty {
            size = pendingSizes.removeFirst()
            screen = ScreenBuffer(size: size)
        }
        return key
    }

    /// Changes the size as a user dragging the window would: a `.resize` key arrives after the
    /// keys already waiting, and reading it changes the size and loses the contents.
    public mutating func resize(to newSize: TerminalSize) {
        pendingSizes.append(newSize)
        pendingKeys.append(.resize)
    }

    public mutating func resetCounts() {
        cellsWritten = 0
        writes = 0
        clears = 0
        flushes = 0
    }
}

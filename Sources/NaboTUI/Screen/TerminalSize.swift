/// A terminal's size in character cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
    }

    /// The smallest terminal every screen is laid out for.
    public static let minimum = TerminalSize(rows: 24, columns: 80)

    /// Whether this size is at least `other` in both directions.
    public func fits(_ other: TerminalSize) -> Bool {
        rows >= other.rows && columns >= other.columns
    }

    /// Columns × rows, the order terminal emulators show it in.
    public var description: String { "\(columns) × \(rows)" }
}

/// A rectangle of cells: a pane, a box, an overlay.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var rows: Int
    public var columns: Int

    public init(row: Int, column: Int, rows: Int, columns: Int) {
        self.row = row
        self.column = column
        self.rows = max(0, rows)
        self.columns = max(0, columns)
    }

    /// The whole screen of the given size.
    public init(_ size: TerminalSize) {
        self.init(row: 0, column: 0, rows: size.rows, columns: size.columns)
    }

    public var bottom: Int { row + rows }
    public var right: Int { column + columns }

    /// The rectangle shrunk by `amount` cells on every side, as inside a border.
    public func inset(by amount: Int) -> Rect {
        Rect(row: row + amount, column: column + amount, rows: rows - 2 * amount, columns: columns - 2 * amount)
    }

    /// A rectangle of the given size centred in this one, no larger than this one.
    public func centered(rows wanted: Int, columns wantedColumns: Int) -> Rect {
        let height = min(wanted, rows)
        let width = min(wantedColumns, columns)
        return Rect(row: row + (rows - height) / 2, column: column + (columns - width) / 2, rows: height, columns: width)
    }
}

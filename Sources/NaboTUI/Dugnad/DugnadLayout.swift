extension Layout {
    /// Rows of details above a dugnad's checklist.
    static let dugnadDetailRows = 5

    /// The dugnads table: the top third of the screen (at least 5 rows), the turnout chart below it.
    public func dugnadTable(_ screen: DugnadScreen) -> Rect {
        switch screen {
        case .list:
            return Rect(row: content.row, column: 0, rows: max(5, content.rows / 3), columns: size.columns)
        case .one:
            return Rect(row: content.row + Self.dugnadDetailRows, column: 0, rows: content.rows - Self.dugnadDetailRows, columns: size.columns)
        }
    }

    public var turnoutChart: Rect {
        let table = dugnadTable(.list)
        return Rect(row: table.bottom + 1, column: 0, rows: content.bottom - table.bottom - 1, columns: size.columns)
    }
}

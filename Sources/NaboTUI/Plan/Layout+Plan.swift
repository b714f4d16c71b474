/// Where the board's columns and cards and the matrix's table go.
extension Layout {
    /// The line above the board and the matrix that says what they are filtered by.
    public var planFilterRow: Int { content.row }

    /// The matrix: heading and rows, between the filter line and the legend.
    public var planTable: Rect {
        Rect(row: content.row + 1, column: 0, rows: max(2, content.rows - 2), columns: size.columns)
    }

    public var planLegendRow: Int { content.bottom - 1 }

    /// The board's columns: a heading row, then cards.
    public var boardArea: Rect {
        Rect(row: content.row + 1, column: 0, rows: content.rows - 1, columns: size.columns)
    }

    /// A card's five lines (two for the title) and the gap after it.
    static let cardRows = 6

    /// Whole cards a column shows; the last card needs no gap after it.
    public var cardsPerColumn: Int { max(1, boardArea.rows / Self.cardRows) }
}

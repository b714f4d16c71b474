extension Layout {
    /// Under the count of late activities and a blank row.
    public var progressTable: Rect {
        Rect(row: content.row + 2, column: 0, rows: content.rows - 2, columns: size.columns)
    }
}

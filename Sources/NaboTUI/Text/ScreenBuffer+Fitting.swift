extension ScreenBuffer {
    /// A sentence over as many rows as it needs, up to `rows`, broken between words: an empty
    /// list's sentence says how to begin and must not end mid-word.
    mutating func putWrapped(_ text: String, row: Int, column: Int, role: StyleRole, width: Int, rows: Int) {
        for (offset, line) in WordWrap.lines(text, width: width).prefix(max(0, rows)).enumerated() {
            put(line, row: row + offset, column: column, role: role, limit: width)
        }
    }
}

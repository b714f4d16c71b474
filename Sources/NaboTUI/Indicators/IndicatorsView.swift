import NaboCore

/// What the project achieved: one row for each count at each address, the baseline beside the
/// project, each as a number and a bar against the larger of the two, so a fall or a rise is seen
/// at a glance. Counts are over periods of different lengths, which the column headings date.
struct IndicatorsView {
    var place: Place
    var rows: [Int]
    var table: IndicatorRows
    var directory: Directory
    var language: Language

    static let barWidth = 10

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.table(for: place.screen)
        let periods = table.periods.count
        let value = TableColumn(Message(nb: "", en: ""), width: 6 + Self.barWidth + 2, alignment: .leading)
        var columns = [TableColumn(Words.address, width: min(22, max(14, rect.columns / 5))), TableColumn(IndicatorText.indicator)]
        for p in 0..<periods {
            var column = value
            column.title = IndicatorText.heading(p, of: periods)
            columns.append(column)
        }
        Table(columns: columns, language: language).draw(
            into: &screen, rect: rect, rows: rows, position: place.position,
            empty: place.filter == nil ? IndicatorText.empty : Words.noMatches
        ) { row in
            let r = table.rows[row]
            // The index has its own scale; a count is measured against the larger period.
            let top = r.key == Indicator.surveyIndex.rawValue ? 100 : r.values.compactMap { $0 }.max() ?? 0
            return [TableCell(table.addressTitles[r.address] ?? ""), TableCell(IndicatorText.label(r.key).text(language))]
                + r.values.map { TableCell(Self.cell($0, top: top), .normal) }
        }
        drawPeriods(into: &screen, rect: rect)
    }

    /// "  12 ██████····": the figure and its bar.
    static func cell(_ value: Double?, top: Double) -> String {
        guard let value else { return "     –" }
        let figure = value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
        let filled = top > 0 ? Int((value / top * Double(barWidth)).rounded()) : 0
        return String(repeating: " ", count: max(0, 6 - figure.count)) + figure + " " + String(repeating: "█", count: filled)
    }

    /// The periods' days under the table, since they need not be as long as each other.
    func drawPeriods(into screen: inout ScreenBuffer, rect: Rect) {
        let text = table.periods.enumerated().map { i, p in
            IndicatorText.heading(i, of: table.periods.count).text(language) + ": " + p.from.text(language) + " – " + p.to.text(language)
        }.joined(separator: " · ")
        screen.put(text.truncated(toWidth: rect.columns - 2), row: rect.bottom, column: rect.column + 1, role: .muted)
    }
}

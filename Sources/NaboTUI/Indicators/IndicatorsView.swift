import NaboCore

/// What the project achieved: one row for each count at each address, the baseline beside the
/// project, each as its number and a bar per month over the period, so a fall or a rise is seen
/// at a glance and when it came. Counts are over periods of different lengths, which the column
/// headings date; the bars of one row share a scale, so the two periods compare month for month.
struct IndicatorsView {
    var place: Place
    var rows: [Int]
    var table: IndicatorRows
    var directory: Directory
    var language: Language

    /// The count's name keeps at least this much of the row.
    static let labelWidth = 18

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.table(for: place.screen)
        let periods = table.periods.count
        let addressWidth = min(22, max(14, rect.columns / 5))
        let months = table.periods.map { $0.split(by: .month).count }.max() ?? 0
        let bars = Self.barWidth(columns: rect.columns, addressWidth: addressWidth, periods: periods, months: months)
        let value = TableColumn(Message(nb: "", en: ""), width: 6 + 1 + bars + 1, alignment: .leading)
        var columns = [TableColumn(Words.address, width: addressWidth), TableColumn(IndicatorText.indicator)]
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
            let monthly = table.monthly[row]
            // The index has its own scale; a count is measured against its busiest month in either period.
            let top = r.key == Indicator.surveyIndex.rawValue ? 100 : monthly.joined().compactMap { $0 }.max() ?? 0
            return [TableCell(table.addressTitles[r.address] ?? ""), TableCell(IndicatorText.label(r.key).text(language))]
                + zip(r.values, monthly).map { TableCell(Self.cell($0, months: Array($1.suffix(bars)), top: top), .normal) }
        }
        drawPeriods(into: &screen, rect: rect)
    }

    /// A bar per month where the row has room; a period of more months than that shows its latest.
    static func barWidth(columns: Int, addressWidth: Int, periods: Int, months: Int) -> Int {
        let room = columns - Table.gutter - addressWidth - labelWidth - periods - 1
        return max(1, min(months, room / max(1, periods) - 8))
    }

    /// "  12 ▁▂▅█▃▁": the figure and its months.
    static func cell(_ value: Double?, months: [Double?], top: Double) -> String {
        guard let value else { return "     –" }
        let figure = value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
        return String(repeating: " ", count: max(0, 6 - figure.count)) + figure + " " + Sparkline.text(months, top: top)
    }

    /// The periods' days under the table, since they need not be as long as each other.
    func drawPeriods(into screen: inout ScreenBuffer, rect: Rect) {
        let text = table.periods.enumerated().map { i, p in
            IndicatorText.heading(i, of: table.periods.count).text(language) + ": " + p.from.text(language) + " – " + p.to.text(language)
        }.joined(separator: " · ")
        screen.put(text.truncated(toWidth: rect.columns - 2), row: rect.bottom, column: rect.column + 1, role: .muted)
    }
}

import NaboCore

/// All dugnads, latest first, and under them the turnout chart: per dugnad and per address over time.
struct DugnadsView {
    var place: Place
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let tables = directory.dugnads
        let shareWidth = 20
        let columns = [
            TableColumn(DugnadText.date, width: Columns.dateWidth(language) + 6),
            TableColumn(DugnadText.title),
            TableColumn(DugnadText.addresses, width: min(30, max(12, layout.size.columns / 4))),
            TableColumn(DugnadText.turnoutHeading, width: shareWidth),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.dugnadTable(.list), rows: rows, position: place.position,
            empty: place.filter == nil ? DugnadText.none : Words.noMatches
        ) { row in
            let entry = tables.entries[row]
            return [TableCell(DugnadView.when(entry.dugnad, language, short: true)), TableCell(entry.dugnad.title),
                    TableCell(entry.dugnad.addressLabels.joined(separator: ", ")), TurnoutChart.shareCell(entry.turnout, language)]
        }
        TurnoutChart(tables: tables, language: language).draw(into: &screen, rect: layout.turnoutChart)
    }
}

/// Turnout as bars of block characters with the numbers written beside them, so nothing rests on
/// colour: █ for residents who came, ░ for those invited who did not. Bars share one scale, the
/// most residents any dugnad invited, so a long bar is a big dugnad.
struct TurnoutChart {
    var tables: DugnadTables
    var language: Language

    func draw(into screen: inout ScreenBuffer, rect: Rect) {
        guard rect.rows > 2 else { return }
        var lines: [[TableCell]] = [[TableCell(DugnadText.chartTitle.text(language), .header), TableCell("   "),
                                     TableCell(DugnadText.chartLegend.text(language), .muted)]]
        let events = tables.entries.reversed().compactMap(\.turnout)
        let scale = max(1, events.map(\.residents.invited).max() ?? 1)
        let barWidth = max(8, min(30, rect.columns / 4))
        let dateWidth = Columns.dateWidth(language)
        let labelWidth = max(10, min(32, rect.columns - dateWidth - barWidth - 26))
        for event in events {
            lines.append([TableCell((event.date?.text(language) ?? "").fitted(toWidth: dateWidth, alignment: .leading) + " "),
                          TableCell(event.title.fitted(toWidth: labelWidth, alignment: .leading) + " ")] + bar(event.residents, upcoming: event.upcoming, scale: scale, width: barWidth)
                          + [TableCell(" " + DugnadText.others(event.extra, uninvited: event.uninvited, language), .muted)])
        }
        if !tables.series.isEmpty {
            lines.append([TableCell(DugnadText.perAddress.text(language), .header)])
        }
        for series in tables.series {
            let seriesScale = max(1, series.points.map(\.count.invited).max() ?? 1)
            for (index, point) in series.points.enumerated() {
                let label = index == 0 ? series.label : ""
                lines.append([TableCell(label.fitted(toWidth: labelWidth, alignment: .leading) + " "),
                              TableCell((point.date?.text(language) ?? "").fitted(toWidth: dateWidth, alignment: .leading) + " ")]
                             + bar(point.count, upcoming: point.upcoming, scale: seriesScale, width: barWidth))
            }
        }
        for (offset, line) in lines.prefix(rect.rows).enumerated() {
            screen.put(line, row: rect.row + offset, column: rect.column + 1, limit: rect.columns - 2)
        }
    }

    /// "████░░░░ 2 av 9 (22 %)"; an upcoming dugnad has no bar, only who is invited.
    func bar(_ count: Turnout.Count, upcoming: Bool, scale: Int, width: Int) -> [TableCell] {
        if upcoming {
            return [TableCell(String(repeating: " ", count: width) + " "), TableCell(DugnadText.invitedOnly(count.invited).text(language), .muted)]
        }
        let invited = count.invited == 0 ? 0 : max(1, (count.invited * width + scale / 2) / scale)
        let came = count.attended == 0 ? 0 : max(1, min(invited, (count.attended * width + scale / 2) / scale))
        let blank = String(repeating: " ", count: max(0, width - invited))
        return [TableCell(String(repeating: "█", count: came), .done), TableCell(String(repeating: "░", count: invited - came) + blank + " ", .muted),
                TableCell(DugnadText.share(count).text(language))]
    }

    static func shareCell(_ event: Turnout.Event?, _ language: Language) -> TableCell {
        guard let event else { return TableCell("") }
        if event.upcoming { return TableCell(DugnadText.invitedOnly(event.residents.invited).text(language), .muted) }
        return TableCell(DugnadText.share(event.residents).text(language))
    }
}

import NaboCore

/// A resident's timeline or a unit's history: every dated thing on one list, newest first, with a
/// word for what it was, so visits, inputs, survey answers, measures and moves read as one story.
struct TimelineView {
    var place: Place
    var rows: [Int]
    var entries: [TimelineEntry]
    /// The resident's or unit's name, above the list.
    var heading: String
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let content = layout.content
        screen.put(heading, row: content.row, column: 1, role: .title, fitting: content.columns - 2)
        let kindWidth = TimelineEntry.Kind.allKinds.map { TimelineText.kind($0).text(language).displayWidth }.max() ?? 10
        let columns = [
            TableColumn(TimelineText.when, width: Columns.dateWidth(language) + 6),
            TableColumn(TimelineText.what, width: kindWidth),
            TableColumn(TimelineText.summary),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.table(for: place.screen), rows: rows, position: place.position,
            empty: place.filter == nil ? TimelineText.empty : Words.noMatches
        ) { row in
            let entry = entries[row]
            let time = entry.minutes.map { " " + TimelineText.clock($0) } ?? ""
            return [TableCell((entry.date?.text(language) ?? "") + time), TableCell(TimelineText.kind(entry.kind).text(language), .muted),
                    TableCell(entry.summary.text(language).replacingNewlines)]
        }
    }
}

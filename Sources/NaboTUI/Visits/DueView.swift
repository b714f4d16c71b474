import NaboCore

/// Residents due a visit, most overdue first: how many days over, since when, the last visit, the
/// attempts since where nobody was home, and whether the agreed date or the plan's frequency made
/// it due.
struct DueView {
    var place: Place
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.table(for: place.screen)
        let dateWidth = Columns.dateWidth(language)
        var columns = [
            TableColumn(DueText.overdue, width: Columns.width(DueText.overdue, language, content: 5), alignment: .trailing),
            TableColumn(Words.name),
            TableColumn(Words.address, width: min(24, max(14, rect.columns / 4))),
            TableColumn(DueText.dueSince, width: Columns.width(DueText.dueSince, language, content: dateWidth)),
            TableColumn(DueText.lastVisit, width: Columns.width(DueText.lastVisit, language, content: dateWidth)),
            TableColumn(DueText.attempts, width: Columns.width(DueText.attempts, language, content: 2), alignment: .trailing),
        ]
        // At 80 columns the names need the room more than the reason does.
        let showsWhy = rect.columns >= 100
        if showsWhy {
            columns.append(TableColumn(DueText.why, width: Columns.width(DueText.why, language, content: DueText.agreedNext.text(language).displayWidth)))
        }
        Table(columns: columns, language: language).draw(
            into: &screen, rect: rect, rows: rows, position: place.position,
            empty: place.filter == nil ? DueText.nobodyDue : Words.noMatches
        ) { row in
            let entry = directory.due[row]
            let resident = directory.residents[entry.resident]
            var cells = [TableCell("! " + String(entry.daysOverdue), .late), TableCell(resident.name), TableCell(directory.home(ofUnit: resident.unit)),
                         TableCell(entry.due.text(language)), TableCell(entry.lastVisit?.text(language) ?? "", .muted),
                         TableCell(entry.attempts == 0 ? "" : String(entry.attempts), .warning)]
            if showsWhy {
                cells.append(TableCell((entry.isByFrequency ? DueText.frequency : DueText.agreedNext).text(language), .muted))
            }
            return cells
        }
    }
}

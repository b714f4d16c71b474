import NaboCore

/// The progress plan: how many activities are late, then every activity by planned date with who
/// is responsible and when it was done; one not done with its day passed says late in words.
struct ProgressView {
    var place: Place
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let activities = directory.activities
        let today = directory.today
        let late = activities.filter { $0.isLate(today: today) }.count
        screen.put(ProgressText.lateCount(late, of: activities.count).text(language), row: layout.content.row, column: 1,
                   role: late > 0 ? .late : .muted, fitting: layout.content.columns - 2)
        let dateWidth = Columns.dateWidth(language)
        let columns = [
            TableColumn(ProgressText.planned, width: dateWidth),
            TableColumn(ProgressText.activity),
            TableColumn(ProgressText.responsible, width: min(24, max(12, layout.size.columns / 5))),
            TableColumn(ProgressText.done, width: max(dateWidth + 2, ProgressText.late.text(language).displayWidth)),
            TableColumn(ProgressText.round, width: 8),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.progressTable, rows: rows, position: place.position,
            empty: place.filter == nil ? ProgressText.none : Words.noMatches
        ) { row in
            let activity = activities[row]
            let isLate = activity.isLate(today: today)
            let done = activity.done.map { TableCell("✓ " + $0.text(language), .done) }
                ?? (isLate ? TableCell(ProgressText.late.text(language), .late) : TableCell(""))
            return [TableCell(activity.planned?.text(language) ?? "", isLate ? .late : .normal), TableCell(activity.title),
                    TableCell(activity.responsible ?? ""), done, TableCell(activity.round ?? "", .muted)]
        }
    }
}

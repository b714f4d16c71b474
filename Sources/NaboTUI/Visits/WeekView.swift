import NaboCore

/// This week's planned visits, Monday to Sunday: the residents whose agreed next visit falls on
/// each day, the day written once for its first visit.
struct WeekView {
    var place: Place
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.table(for: place.screen)
        let columns = [
            TableColumn(DueText.day, width: Columns.dateWidth(language) + 9),
            TableColumn(Words.name),
            TableColumn(Words.address, width: min(30, max(14, rect.columns / 3))),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: rect, rows: rows, position: place.position,
            empty: place.filter == nil ? DueText.nothingPlanned : Words.noMatches
        ) { row in
            let entry = directory.planned[row]
            let resident = directory.residents[entry.resident]
            let isFirstOfDay = row == 0 || directory.planned[row - 1].day != entry.day
            let day = isFirstOfDay ? DateWords.weekday(entry.day, language) + " " + entry.day.text(language) : ""
            let role: StyleRole = entry.day < directory.today ? .muted : entry.day == directory.today ? .title : .normal
            return [TableCell(day, role), TableCell(resident.name), TableCell(directory.home(ofUnit: resident.unit))]
        }
    }
}

import NaboCore

/// Inputs waiting for an answer, oldest first: how long each has waited, who said it and what.
struct InputsView {
    var place: Place
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.table(for: place.screen)
        let columns = [
            TableColumn(VisitText.waiting, width: Columns.width(VisitText.waiting, language, content: 5), alignment: .trailing),
            TableColumn(VisitText.inputDate, width: Columns.dateWidth(language)),
            TableColumn(Words.name, width: min(24, max(12, rect.columns / 5))),
            TableColumn(VisitText.inputText),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: rect, rows: rows, position: place.position,
            empty: place.filter == nil ? VisitText.noOpenInputs : Words.noMatches
        ) { row in
            let input = directory.openInputs[row]
            return [TableCell(input.daysWaiting.map(String.init) ?? "", .muted), TableCell(input.date?.text(language) ?? ""),
                    TableCell(directory.resident(input.resident)?.name ?? ""), TableCell(input.text.replacingNewlines)]
        }
    }
}

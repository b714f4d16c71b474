import NaboCore

/// Every resident, found by typing part of a name, an address or an H-nummer.
struct ResidentsView {
    var place: Place
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.table(for: place.screen)
        let columns = [
            TableColumn(Words.name),
            TableColumn(Words.address, width: min(24, max(14, rect.columns / 4))),
            TableColumn(Words.hNumber, width: Columns.width(Words.hNumber, language, content: 5)),
            TableColumn(Words.movedIn, width: Columns.width(Words.movedIn, language, content: Columns.dateWidth(language))),
            TableColumn(Words.nextVisit, width: Columns.nextVisitWidth(language)),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: rect, rows: rows, position: place.position,
            empty: place.filter == nil ? Self.nobody : Words.noMatches
        ) { row in
            let resident = directory.residents[row]
            let unit = resident.unit.map { directory.units[$0] }
            let address = unit?.address.map { directory.addresses[$0].title } ?? ""
            return [TableCell(resident.name), TableCell(address), TableCell(unit?.number ?? ""),
                    TableCell(resident.movedIn?.text(language) ?? ""), Columns.nextVisit(resident, language)]
        }
    }

    static let nobody = Message(nb: "Ingen beboere er registrert ennå. nabo add resident --name NAVN --unit ID legger inn en.",
                                en: "No residents are registered yet. nabo add resident --name NAME --unit ID adds one.")
}

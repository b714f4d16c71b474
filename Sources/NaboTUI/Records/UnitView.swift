import NaboCore

/// One unit: where it is, its status, the measures open for it, and everyone who has lived
/// there, those living there now first.
struct UnitView {
    var place: Place
    var rows: [Int]
    var unit: UnitEntry
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let content = layout.content
        let width = content.columns - 2
        let address = unit.address.map { directory.addresses[$0] }
        var heading = [TableCell(unit.number, .title)]
        if let address { heading.append(TableCell(" · " + address.title + ", " + address.place)) }
        screen.put(heading, row: content.row, column: 1, limit: width)
        var facts = [TableCell(Words.status.text(language) + ": "), TableCell(UnitStatus.word(unit.status).text(language))]
        if let rooms = unit.rooms { facts.append(TableCell(" · " + Self.rooms(rooms).text(language))) }
        screen.put(facts, row: content.row + 1, column: 1, limit: width)
        screen.put(Words.flagLegend(unit.flags, language), row: content.row + 2, column: 1, limit: width)

        let dateWidth = Columns.dateWidth(language)
        let columns = [
            TableColumn(Words.name),
            TableColumn(Words.phone, width: Columns.width(Words.phone, language, content: 11)),
            TableColumn(Words.movedIn, width: Columns.width(Words.movedIn, language, content: dateWidth)),
            TableColumn(Words.movedOutHeading, width: Columns.width(Words.movedOutHeading, language, content: dateWidth)),
            TableColumn(Words.nextVisit, width: Columns.nextVisitWidth(language)),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.table(for: place.screen), rows: rows, position: place.position,
            empty: place.filter == nil ? Self.nobody : Words.noMatches
        ) { row in
            let resident = directory.residents[row]
            let out = resident.livesThere
                ? TableCell(Self.livesHere.text(language), .muted)
                : TableCell(resident.movedOut?.text(language) ?? "")
            return [TableCell(resident.name), TableCell(resident.phone ?? ""), TableCell(resident.movedIn?.text(language) ?? ""), out,
                    Columns.nextVisit(resident, language)]
        }
    }

    static let nobody = Message(nb: "Ingen har bodd her ennå.", en: "Nobody has lived here yet.")
    static let livesHere = Message(nb: "bor her", en: "lives here")

    static func rooms(_ count: Int) -> Message {
        Message(nb: "\(count) rom", en: count == 1 ? "1 room" : "\(count) rooms")
    }
}

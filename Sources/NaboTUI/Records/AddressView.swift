import NaboCore

/// One address: what it has, and its units with H-nummer, status, who lives there and the lock,
/// storage-room and doorbell measures open for each.
struct AddressView {
    var place: Place
    var rows: [Int]
    var address: AddressEntry
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let content = layout.content
        let width = content.columns - 2
        screen.put([TableCell(address.title, .title), TableCell(" · " + address.place)], row: content.row, column: 1, limit: width)
        screen.put(summary(), row: content.row + 1, column: 1, limit: width)
        screen.put(Words.flagLegend(address.flags, language), row: content.row + 2, column: 1, limit: width)

        let statusWidth = Vocabulary.unitStatus.map { UnitStatus.word($0).text(language).displayWidth }.max() ?? 10
        let rooms = Message(nb: "Rom", en: "Rooms")
        let columns = [
            TableColumn(Words.hNumber, width: Columns.width(Words.hNumber, language, content: 5)),
            TableColumn(Words.status, width: statusWidth),
            TableColumn(rooms, width: Columns.width(rooms, language, content: 2), alignment: .trailing),
            TableColumn(Message(nb: "Beboer", en: "Resident")),
            TableColumn(Columns.flagsTitle(), width: 5),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.table(for: place.screen), rows: rows, position: place.position,
            empty: place.filter == nil ? Self.noUnits : Words.noMatches
        ) { row in
            let unit = directory.units[row]
            return [TableCell(unit.number), TableCell(UnitStatus.word(unit.status).text(language), unit.status == "let" ? .normal : .muted),
                    TableCell(unit.rooms.map(String.init) ?? ""), TableCell(unit.occupants.isEmpty ? "–" : unit.occupants, unit.occupants.isEmpty ? .muted : .normal),
                    Columns.flags(unit.flags, language)]
        }
    }

    private func summary() -> [TableCell] {
        var cells = [TableCell(Self.units(address).text(language)),
                     TableCell(" · " + HomeView.openMeasures(address.openMeasures).text(language))]
        if address.lateMeasures > 0 {
            cells.append(TableCell(" · ! " + HomeView.lateMeasures(address.lateMeasures).text(language), .late))
        }
        if address.dueResidents > 0 {
            cells.append(TableCell(" · ! " + Self.due(address.dueResidents).text(language), .late))
        }
        return cells
    }

    static let noUnits = Message(nb: "Ingen boliger er registrert på adressen.", en: "No units are registered at this address.")

    static func units(_ address: AddressEntry) -> Message {
        Message(nb: "\(address.unitCount) \(address.unitCount == 1 ? "bolig" : "boliger"): \(address.letCount) utleid, \(address.vacantCount) \(address.vacantCount == 1 ? "ledig" : "ledige")",
                en: "\(address.unitCount) \(address.unitCount == 1 ? "unit" : "units"): \(address.letCount) let, \(address.vacantCount) vacant")
    }

    static func due(_ count: Int) -> Message {
        Message(nb: "\(count) besøk forfalt", en: CountWords.of(count, "visit", "visits") + " due")
    }
}

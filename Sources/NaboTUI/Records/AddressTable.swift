import NaboCore

/// Addresses as a table: narrow beside the home summary, with more columns on the addresses screen.
struct AddressTable {
    var directory: Directory
    var language: Language
    /// The addresses screen adds the place, the number of units and the flags.
    var wide: Bool

    func draw(into screen: inout ScreenBuffer, rect: Rect, rows: [Int], position: ListPosition) {
        let let_ = Message(nb: "Utleid", en: "Let")
        let vacant = Message(nb: "Ledig", en: "Vacant")
        let measures = Message(nb: "Tiltak", en: "Measures")
        let due = Message(nb: "Forfalt", en: "Due")
        var columns = [TableColumn(Words.address)]
        if wide {
            // Room for a postcode and a town of ten letters; longer towns end in an ellipsis.
            columns += [TableColumn(Message(nb: "Sted", en: "Place"), width: 15),
                        TableColumn(Message(nb: "Boliger", en: "Units"), width: Columns.width(Message(nb: "Boliger", en: "Units"), language, content: 4), alignment: .trailing)]
        }
        columns += [TableColumn(let_, width: Columns.width(let_, language, content: 4), alignment: .trailing),
                    TableColumn(vacant, width: Columns.width(vacant, language, content: 4), alignment: .trailing),
                    TableColumn(measures, width: Columns.width(measures, language, content: 4), alignment: .trailing),
                    TableColumn(due, width: Columns.width(due, language, content: 5), alignment: .trailing)]
        if wide {
            columns.append(TableColumn(Columns.flagsTitle(), width: 5))
        }
        Table(columns: columns, language: language).draw(
            into: &screen, rect: rect, rows: rows, position: position,
            empty: directory.addresses.isEmpty ? Words.noAddressesYet : Words.noMatches
        ) { row in
            let address = directory.addresses[row]
            var cells = [TableCell(address.title)]
            if wide {
                cells += [TableCell(address.place, .muted), Columns.count(address.unitCount)]
            }
            cells += [Columns.count(address.letCount), Columns.count(address.vacantCount), Columns.count(address.openMeasures),
                      Columns.count(address.dueResidents, lateWhenAny: true)]
            if wide {
                cells.append(Columns.flags(address.flags, language))
            }
            return cells
        }
    }
}

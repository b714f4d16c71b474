import NaboCore

/// Every address, with its place, units, open measures, residents due and open flags.
struct AddressesView {
    var place: Place
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        AddressTable(directory: directory, language: language, wide: true)
            .draw(into: &screen, rect: layout.table(for: place.screen), rows: rows, position: place.position)
    }
}

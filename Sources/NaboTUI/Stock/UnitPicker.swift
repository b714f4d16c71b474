import NaboCore

/// Finding a unit by typing its H-nummer and/or part of its address ("runar 3 h0101", "H0201"),
/// as the resident picker finds residents: the matches are directory rows, one chosen with ↑/↓.
enum UnitPicker {
    static func matches(_ query: String, in directory: Directory) -> [Int] {
        let words = SearchQuery.words(query)
        guard !words.isEmpty else { return [] }
        return directory.units.indices.filter { SearchQuery.matches(words, key: TextFolding.searchKey(label($0, in: directory, withPlace: true))) }
    }

    /// "Runarveien 1, H0101 · 3 rom"; with the place for searching, so a postcode finds it too.
    static func label(_ row: Int, in directory: Directory, withPlace: Bool = false) -> String {
        let unit = directory.units[row]
        let place = withPlace ? unit.address.map { " " + directory.addresses[$0].place } ?? "" : ""
        return directory.home(ofUnit: row) + place
    }

    static func draw(into screen: inout ScreenBuffer, form: RecordForm, directory: Directory, language: Language, row: Int, column: Int, width: Int) -> Int {
        ResidentPicker.drawMatches(into: &screen, query: form[.unit], matches: form.matches, chosen: form.chosen, language: language,
                                   row: row, column: column, width: width) { row in
            let unit = directory.units[row]
            let living = unit.occupants.isEmpty ? VocabularyLabel.text(unit.status, language) : unit.occupants
            return label(row, in: directory) + " · " + living
        }
    }
}

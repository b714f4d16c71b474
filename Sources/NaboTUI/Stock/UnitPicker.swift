import NaboCore

/// Finding a unit by typing its H-nummer and/or part of its address ("runar 3 h0101", "H0201"),
/// as the resident picker finds residents: the matches are directory rows, one chosen with ↑/↓.
enum UnitPicker {
    static func matches(_ query: String, in directory: Directory) -> [Int] {
        let words = SearchQuery.words(query)
        guard !words.isEmpty else { return [] }
        // Street, number and H-nummer only: a postcode's digits would make "runar 3" Runarveien 1.
        let keys = directory.units.indices.map { TextFolding.searchKey(directory.home(ofUnit: $0)) }
        let found = directory.units.indices.filter { SearchQuery.matches(words, key: keys[$0]) }
        // Those holding what was typed as it was typed come first: "runarveien 3" is Runarveien 3
        // before Runarveien 1, H0103.
        let whole = TextFolding.searchKey(query.trimmingWhitespace())
        let exact = found.filter { keys[$0].firstRange(of: whole) != nil }
        let first = Set(exact)
        return exact + found.filter { !first.contains($0) }
    }

    static func draw(into screen: inout ScreenBuffer, form: RecordForm, directory: Directory, language: Language, row: Int, column: Int, width: Int) -> Int {
        ResidentPicker.drawMatches(into: &screen, query: form[.unit], matches: form.matches, chosen: form.chosen, language: language,
                                   row: row, column: column, width: width) { row in
            let unit = directory.units[row]
            let living = unit.occupants.isEmpty ? VocabularyLabel.text(unit.status, language) : unit.occupants
            return directory.home(ofUnit: row) + " · " + living
        }
    }
}

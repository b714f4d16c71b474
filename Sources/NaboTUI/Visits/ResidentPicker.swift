import NaboCore

/// Finding a resident by typing part of a name, an address or an H-nummer, as the visit form and
/// the dugnad's invitation do: the matches are directory rows, one of them chosen with ↑/↓.
enum ResidentPicker {
    /// Matching residents listed under the query.
    static let rows = 4

    static func matches(_ query: String, in directory: Directory) -> [Int] {
        query.allSatisfy(\.isWhitespace) ? [] : directory.filter(directory.allResidents, on: .residents, query: query)
    }

    /// The match `amount` rows from the chosen one, kept within the matches.
    static func moved(_ chosen: Int?, in matches: [Int], by amount: Int) -> Int? {
        guard let chosen, let index = matches.firstIndex(of: chosen) else { return chosen }
        return matches[min(max(0, index + amount), matches.count - 1)]
    }

    /// The residents matching the query, the chosen one marked, with where each lives; returns the row after them.
    static func draw(into screen: inout ScreenBuffer, query: String, matches: [Int], chosen: Int?, directory: Directory, language: Language,
                     row: Int, column: Int, width: Int) -> Int {
        drawMatches(into: &screen, query: query, matches: matches, chosen: chosen, language: language, row: row, column: column, width: width) { row in
            let resident = directory.residents[row]
            let home = directory.home(ofUnit: resident.unit)
            return resident.name + (home.isEmpty ? "" : " · " + home)
        }
    }

    /// Matches of any picker under its query, each as `label` names it, the chosen one marked; the
    /// unit picker shows its matches the same way.
    static func drawMatches(into screen: inout ScreenBuffer, query: String, matches: [Int], chosen: Int?, language: Language,
                            row: Int, column: Int, width: Int, label: (Int) -> String) -> Int {
        guard !query.isEmpty else { return row }
        guard !matches.isEmpty else {
            screen.put(VisitText.noMatches.text(language), row: row, column: column, role: .muted, fitting: width)
            return row + 1
        }
        let chosenIndex = chosen.flatMap { matches.firstIndex(of: $0) } ?? 0
        let first = min(max(0, chosenIndex - rows / 2), max(0, matches.count - rows))
        var current = row
        for index in matches.indices.dropFirst(first).prefix(rows) {
            let isChosen = index == chosenIndex
            let text = (isChosen ? Table.marker + " " : "  ") + label(matches[index])
            screen.put(text, row: current, column: column, role: isChosen ? .selection : .muted, fitting: width)
            current += 1
        }
        if matches.count > rows {
            screen.put("  " + MessageLine.matches(matches.count).text(language), row: current, column: column, role: .muted, fitting: width)
            current += 1
        }
        return current
    }
}

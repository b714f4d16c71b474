import NaboCore

/// Widths and cells that several screens' tables share.
enum Columns {
    /// The widest date the language writes: "22.11.2026", "22 Nov 2026".
    static func dateWidth(_ language: Language) -> Int {
        language == .nb ? 10 : 11
    }

    /// A heading's own width, or more for the content.
    static func width(_ title: Message, _ language: Language, content: Int) -> Int {
        max(title.text(language).displayWidth, content)
    }

    /// The next visit: its date, marked "!" and late once it has come for someone still living there.
    static func nextVisit(_ resident: ResidentEntry, _ language: Language) -> TableCell {
        if !resident.livesThere {
            return TableCell(Words.movedOut.text(language), .muted)
        }
        guard let next = resident.nextVisit else { return TableCell("–", .muted) }
        return resident.isDue ? TableCell("! " + next.text(language), .late) : TableCell("  " + next.text(language))
    }

    static func nextVisitWidth(_ language: Language) -> Int {
        width(Words.nextVisit, language, content: max(2 + dateWidth(language), Words.movedOut.text(language).displayWidth))
    }

    /// The flags column: a letter for each kind of open measure, a dot where none is open, so
    /// the column says it without colour.
    static func flags(_ flags: OpenFlags, _ language: Language) -> TableCell {
        let letters = OpenFlags.each.map { flags.contains($0) ? DomainWords.flagLetter($0).text(language) : "·" }
        return TableCell(letters.joined(separator: " "), flags.isEmpty ? .muted : .warning)
    }

    /// The flags column's heading is its legend's letters.
    static func flagsTitle() -> Message {
        let letters = { (language: Language) in OpenFlags.each.map { DomainWords.flagLetter($0).text(language) }.joined(separator: " ") }
        return Message(nb: letters(.nb), en: letters(.en))
    }

    static func count(_ number: Int, lateWhenAny: Bool = false) -> TableCell {
        if lateWhenAny, number > 0 { return TableCell("! " + String(number), .late) }
        return TableCell(String(number), number == 0 ? .muted : .normal)
    }
}

/// Words that several screens use.
enum Words {
    static let address = Message(nb: "Adresse", en: "Address")
    static let name = Message(nb: "Navn", en: "Name")
    static let hNumber = Message(nb: "H-nr", en: "H-no.")
    static let movedIn = Message(nb: "Innflyttet", en: "Moved in")
    static let movedOutHeading = Message(nb: "Utflyttet", en: "Moved out")
    static let movedOut = Message(nb: "flyttet ut", en: "moved out")
    static let nextVisit = Message(nb: "Neste besøk", en: "Next visit")
    static let phone = Message(nb: "Telefon", en: "Phone")
    static let status = Message(nb: "Status", en: "Status")
    static let noMatches = Message(nb: "Ingen treff. Esc fjerner søket.", en: "No matches. Esc clears the search.")
    /// Addresses come from the command line, so an empty store says which command begins.
    static let noAddressesYet = Message(
        nb: "Ingen adresser ennå: a på adressene legger inn en, a på en adresse en bolig, a på en bolig en beboer (eller nabo add address, unit og resident). nabo --demo viser et eksempel.",
        en: "No addresses yet: a on the addresses adds one, a on an address a unit, a on a unit a resident (or nabo add address, unit and resident). nabo --demo shows an example.")
    static let home = Message(nb: "Hjem", en: "Home")
    static let addresses = Message(nb: "Adresser", en: "Addresses")
    static let residents = Message(nb: "Beboere", en: "Residents")
    static let unit = Message(nb: "Bolig", en: "Unit")
    static let resident = Message(nb: "Beboer", en: "Resident")
    static let today = Message(nb: "I dag", en: "Today")

    /// "Åpne tiltak: L lås · B bod" for the flags that are open, with the letters the flag
    /// column uses.
    static func flagLegend(_ flags: OpenFlags, _ language: Language) -> [TableCell] {
        guard !flags.isEmpty else {
            return [TableCell(Message(nb: "Ingen åpne tiltak for lås, bod eller ringeklokke.",
                                      en: "No open lock, storage-room or doorbell measures.").text(language), .muted)]
        }
        var cells = [TableCell(Message(nb: "Åpne tiltak: ", en: "Open measures: ").text(language))]
        for (index, flag) in OpenFlags.each.filter({ flags.contains($0) }).enumerated() {
            if index > 0 { cells.append(TableCell(" · ")) }
            cells.append(TableCell(DomainWords.flagLetter(flag).text(language), .warning))
            cells.append(TableCell(" " + DomainWords.flagName(flag).text(language)))
        }
        return cells
    }
}

extension ScreenBuffer {
    /// Writes cells one after the other on a row; the cell that does not fit in `limit` columns
    /// ends in an ellipsis and the rest are left out.
    @discardableResult
    mutating func put(_ cells: [TableCell], row: Int, column: Int, limit: Int) -> Int {
        var current = column
        for cell in cells {
            let room = column + limit - current
            guard cell.text.displayWidth <= room else {
                // A letter or two before the ellipsis ("Equipment: c…") reads as a typo: the ellipsis alone says more follows.
                let cut = cell.text.truncated(toWidth: room)
                return put(cut.displayWidth < 4 ? "…" : cut, row: row, column: current, role: cell.role)
            }
            current = put(cell.text, row: row, column: current, role: cell.role)
        }
        return current
    }
}

import NaboCore

/// One dugnad: when and where, what is to be done, the notices sent, the turnout so far, and the
/// attendance checklist: the invited residents with a tick each, then the others by count.
struct DugnadView {
    var place: Place
    var rows: [Int]
    var entry: DugnadTables.Entry
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let content = layout.content
        let width = content.columns - 2
        let dugnad = entry.dugnad
        screen.put([TableCell(dugnad.title, .title), TableCell(" · " + Self.when(dugnad, language, short: false))], row: content.row, column: 1, limit: width)
        screen.put(labelled([(DugnadText.meetingPoint, dugnad.place), (DugnadText.food, dugnad.food ?? "")]), row: content.row + 1, column: 1, limit: width)
        screen.put(labelled([(DugnadText.tasks, dugnad.tasks.joined(separator: "; ")), (DugnadText.equipment, dugnad.equipment.joined(separator: "; ")),
                             (DugnadText.partners, dugnad.partners.joined(separator: ", "))]), row: content.row + 2, column: 1, limit: width)
        screen.put(notices(), row: content.row + 3, column: 1, limit: width)
        if let turnout = entry.turnout {
            let others = DugnadText.others(turnout.extra, uninvited: turnout.uninvited, language)
            screen.put([TableCell(DugnadText.came.text(language) + ": ", .header), TableCell(DugnadText.share(turnout.residents).text(language)),
                        TableCell(others.isEmpty ? "" : "  " + others)], row: content.row + 4, column: 1, limit: width)
        }

        let columns = [
            TableColumn(DugnadText.came, width: 5),
            TableColumn(DugnadText.who),
            TableColumn(DugnadText.home),
        ]
        let attended = Set(dugnad.attended)
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.dugnadTable(.one(dugnad.id)), rows: rows, position: place.position,
            empty: place.filter == nil ? DugnadText.nobodyInvited : Words.noMatches
        ) { row in
            if row < entry.invited.count {
                let resident = directory.residents[entry.invited[row]]
                return [TableCell(attended.contains(resident.id) ? "[x]" : "[ ]"), TableCell(resident.name),
                        TableCell(directory.home(ofUnit: resident.unit), .muted)]
            }
            let kind = entry.extraKinds[row - entry.invited.count]
            return [TableCell(String(entry.extraCount(kind)).fitted(toWidth: 3, alignment: .trailing)),
                    TableCell(DugnadText.kind(kind).text(language)), TableCell(DugnadText.countHint.text(language), .muted)]
        }
    }

    private func labelled(_ parts: [(Message, String)]) -> [TableCell] {
        var cells: [TableCell] = []
        for (label, value) in parts where !value.isEmpty {
            if !cells.isEmpty { cells.append(TableCell(" · ", .muted)) }
            cells += [TableCell(label.text(language) + ": ", .header), TableCell(value)]
        }
        return cells
    }

    private func notices() -> [TableCell] {
        guard !entry.dugnad.notices.isEmpty else { return [TableCell(DugnadText.noNotice.text(language), .muted)] }
        let list = entry.dugnad.notices.map { $0.date.text(language) + " " + $0.how.word.text(language) }
        return [TableCell(DugnadText.notified.text(language) + ": ", .header), TableCell(list.joined(separator: ", "))]
    }

    /// "04.12.2026 17.00–19.30"; the long form names the weekday: "fredag 4. desember 2026, 17.00–19.30".
    static func when(_ dugnad: Dugnad, _ language: Language, short: Bool) -> String {
        guard let start = dugnad.start else { return "" }
        var text = DateTimeText.when(start, language, short: short)
        if start.minutes != nil, let end = dugnad.end?.minutes, dugnad.end?.date == start.date, !short { text += "–" + DateWords.time(end, language) }
        return text
    }
}

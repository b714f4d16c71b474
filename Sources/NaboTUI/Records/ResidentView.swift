import NaboCore

/// One resident: where and since when they live, whether a visit is due, and their visits,
/// newest first, with the selected visit's whole note below.
struct ResidentView {
    var place: Place
    var rows: [Int]
    var resident: ResidentEntry
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let content = layout.content
        let width = content.columns - 2
        var heading = [TableCell(resident.name, .title)]
        if resident.unit != nil { heading.append(TableCell(" · " + directory.home(ofUnit: resident.unit))) }
        screen.put(heading, row: content.row, column: 1, limit: width)
        screen.put(tenancy(), row: content.row + 1, column: 1, limit: width)
        screen.put(nextVisit(), row: content.row + 2, column: 1, limit: width)
        screen.put(PlanSummary.cells(directory.followUpPlan(of: resident.id), language), row: content.row + 3, column: 1, limit: width)

        let kindWidth = Vocabulary.visitKind.map { VisitKind.word($0).text(language).displayWidth }.max() ?? 12
        let next = Message(nb: "Neste", en: "Next")
        let columns = [
            TableColumn(Message(nb: "Dato", en: "Date"), width: Columns.dateWidth(language) + 6),
            TableColumn(Message(nb: "Type", en: "Kind"), width: kindWidth),
            TableColumn(Message(nb: "Notat", en: "Note")),
            TableColumn(next, width: Columns.width(next, language, content: Columns.dateWidth(language))),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.table(for: place.screen), rows: rows, position: place.position,
            empty: place.filter == nil ? Self.noVisits : Words.noMatches
        ) { row in
            let visit = directory.visit(at: row)
            let when = (visit.day?.text(language) ?? "") + (visit.time.map { " " + $0 } ?? "")
            return [TableCell(when), TableCell(VisitKind.word(visit.kind).text(language)),
                    TableCell(visit.note.replacingNewlines, visit.note.isEmpty ? .muted : .normal),
                    TableCell(visit.nextVisit?.text(language) ?? "", .muted)]
        }
        drawDetails(into: &screen, rect: layout.visitDetails)
    }

    private func tenancy() -> [TableCell] {
        var parts: [String] = []
        if let phone = resident.phone { parts.append(Words.phone.text(language) + " " + phone) }
        if let movedIn = resident.movedIn { parts.append(Words.movedIn.text(language) + " " + movedIn.text(language)) }
        if let movedOut = resident.movedOut { parts.append(Words.movedOutHeading.text(language) + " " + movedOut.text(language)) }
        return [TableCell(parts.joined(separator: " · "))]
    }

    private func nextVisit() -> [TableCell] {
        if !resident.livesThere {
            return [TableCell(Self.movedAway.text(language), .muted)]
        }
        let attempts = resident.attempts == 0 ? [] : [TableCell(" · " + AttemptWords.since(resident.attempts, lastVisit: resident.lastVisit?.text(language)).text(language), .warning)]
        guard let next = resident.nextVisit else {
            return [TableCell(Self.noneAgreed.text(language), .muted)] + attempts
        }
        if resident.isDue {
            return [TableCell("! " + Self.dueSince(next.text(language)).text(language), .late)] + attempts
        }
        return [TableCell(Words.nextVisit.text(language) + " " + next.text(language))] + attempts
    }

    /// The selected visit in full: when, what kind, who, the note and what was agreed.
    private func drawDetails(into screen: inout ScreenBuffer, rect: Rect) {
        let position = place.position.settled(count: rows.count, height: Layout(screen.size).list(for: place.screen).rows)
        guard position.selected < rows.count else {
            screen.box(rect, title: Self.detailsTitle.text(language))
            return
        }
        let visit = directory.visit(at: rows[position.selected])
        var title = (visit.day?.text(language) ?? "") + (visit.time.map { " " + $0 } ?? "")
        title += " · " + VisitKind.word(visit.kind).text(language)
        if let worker = visit.worker { title += " · " + worker }
        screen.box(rect, title: title)
        let inner = rect.inset(by: 1)
        let textWidth = inner.columns - 2
        var lines: [(String, StyleRole)] = WordWrap.lines(visit.note.isEmpty ? Self.noNote.text(language) : visit.note, width: textWidth)
            .map { ($0, visit.note.isEmpty ? .muted : .normal) }
        if !visit.agreed.isEmpty {
            lines += WordWrap.lines(Self.agreed.text(language) + visit.agreed, width: textWidth).map { ($0, .normal) }
        }
        for (offset, line) in lines.prefix(inner.rows).enumerated() {
            screen.put(line.0, row: inner.row + offset, column: inner.column + 1, role: line.1)
        }
    }

    static let noVisits = Message(nb: "Ingen besøk registrert ennå.", en: "No visits recorded yet.")
    static let noNote = Message(nb: "Ingen notater.", en: "No notes.")
    static let agreed = Message(nb: "Avtalt: ", en: "Agreed: ")
    static let detailsTitle = Message(nb: "Besøk", en: "Visit")
    static let movedAway = Message(nb: "Har flyttet ut.", en: "Has moved out.")
    static let noneAgreed = Message(nb: "Neste besøk er ikke avtalt.", en: "No next visit agreed.")

    static func dueSince(_ date: String) -> Message {
        Message(nb: "Besøk forfalt siden \(date)", en: "Visit due since \(date)")
    }
}

extension String {
    /// Notes keep their line breaks in the details box; a table cell shows them as spaces.
    var replacingNewlines: String { String(map { $0.isNewline ? " " : $0 }) }
}

import NaboCore

/// One measure in full: where and what, its dates and contact at Byggdrift, the visit or survey
/// answer it came from, a conflict to settle, and every change made to it. j/k scroll.
struct MeasureView {
    var place: Place
    var sheet: MeasureSheet

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.content
        let lines = sheet.lines(width: rect.columns - 2)
        let top = MeasureSheet.top(place.position.top, lines: lines.count, height: rect.rows)
        for (offset, cells) in lines.dropFirst(top).prefix(rect.rows).enumerated() {
            screen.put(cells, row: rect.row + offset, column: rect.column + 1, limit: rect.columns - 2)
        }
        if top + rect.rows < lines.count {
            screen.put("↓", row: rect.bottom - 1, column: rect.right - 1, role: .muted)
        }
    }
}

/// A measure's details as lines, so the view draws them and the reducer knows how far they scroll.
struct MeasureSheet {
    var measure: Record
    var directory: Directory
    var history: [HistoryEntry]?
    var language: Language

    /// The first line shown, so the last line comes no higher than the bottom of the pane.
    static func top(_ wanted: Int, lines: Int, height: Int) -> Int {
        min(max(0, wanted), max(0, lines - height))
    }

    func lines(width: Int) -> [[TableCell]] {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        let m = Measure(measure)
        let date = { (day: CalendarDate?) -> String in day?.text(language) ?? "–" }
        var lines: [[TableCell]] = [
            [TableCell(m.title, .header)],
            [TableCell([directory.addressText(m.address), VocabularyLabel.text(m.categoryValue, language),
                        t("Ansvar: ", "Responsible: ") + VocabularyLabel.text(m.responsibleValue, language)]
                .joined(separator: " · "))],
            [TableCell(t("Status: ", "Status: ") + VocabularyLabel.text(m.statusValue, language) + "  ")]
                + PlanCells.markers(measure, directory: directory, language: language, base: .normal),
            [TableCell(t("Frist: ", "Due: ") + date(m.due) + "   " + t("Befaring: ", "Inspection: ") + date(m.inspection))],
            [TableCell(t("Kontakt i Byggdrift: ", "Contact at Byggdrift: ") + (m.contact ?? "–"))],
            [TableCell(t("Forutsetning: ", "Precondition: ") + (m.precondition ?? "–"))],
            [TableCell(t("Kostnad avklares: ", "Cost to agree: ") + VocabularyLabel.yesNo(m.costToAgree, language)
                       + "   " + t("Kostnadsbærer: ", "Cost bearer: ") + (m.costBearer ?? "–"))],
        ]
        if let description = m.description {
            lines.append([TableCell(t("Beskrivelse:", "Description:"), .muted)])
            lines += WordWrap.lines(description, width: max(10, width - 2)).map { [TableCell("  " + $0)] }
        }
        lines.append([TableCell(t("Kommer fra: ", "Came from: ") + origins.joined(separator: "; "))])
        lines += conflictLines
        lines.append([])
        guard let history else {
            lines.append([TableCell(t("Leser endringene …", "Reading the changes …"), .muted)])
            return lines
        }
        lines.append([TableCell(t("Endringer (\(history.count))", "Changes (\(history.count))"), .header)])
        for entry in history.reversed() {
            let when = entry.day.text(language) + " " + Self.clock(entry.minutes) + "  ", who = entry.author + "  "
            // Wrapped under itself: a measure's first change names every field, far wider than a line.
            let indent = when.displayWidth + who.displayWidth
            let wrapped = WordWrap.lines(describe(entry), width: max(20, width - indent))
            lines.append([TableCell(when, .muted), TableCell(who), TableCell(wrapped.first ?? "")])
            lines += wrapped.dropFirst().map { [TableCell(String(repeating: " ", count: min(indent, max(0, width - 20))) + $0)] }
        }
        return lines
    }

    /// The visit and the survey answer the measure was made from, as far as they are linked.
    private var origins: [String] {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        var found: [String] = []
        let m = Measure(measure)
        if let id = m.visit {
            if let visit = directory.visit(id) {
                let who = visit.residents.map { directory.residents[$0].name }.joined(separator: ", ")
                found.append(VisitKind.word(visit.kind).text(language) + " " + (visit.day?.text(language) ?? "") + (who.isEmpty ? "" : " · " + who))
            } else {
                found.append(t("besøk ", "visit ") + id)
            }
        }
        if let id = m.response {
            let response = directory.replica.record("response", id).map { SurveyResponse($0, in: directory.replica) }
            let who = response.flatMap { directory.resident($0.resident)?.name }
            found.append(t("kartlegging ", "survey ") + (response?.round ?? id) + (who.map { " · " + $0 } ?? "")
                         + (m.statement.map { t(", påstand ", ", statement ") + $0 } ?? ""))
        }
        return found.isEmpty ? [t("ikke registrert", "not recorded")] : found
    }

    /// Each value of a field two people wrote at once, with who wrote it and the key that keeps it.
    private var conflictLines: [[TableCell]] {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        var lines: [[TableCell]] = []
        for (index, conflict) in directory.conflicts(ofMeasure: measure).enumerated() {
            guard let field = conflict.field else {
                lines.append([TableCell(t("≠ Endret på én maskin mens det ble slettet på en annen.",
                                          "≠ Changed on one machine while deleted on another."), .conflict)])
                continue
            }
            lines.append([])
            lines.append([TableCell(t("≠ Konflikt i «", "≠ Conflict in “") + FieldLabel.text(field, language) + t("»:", "”:"), .conflict)])
            for (number, alternative) in conflict.values.enumerated() {
                let shown = PlanText.value(field, HistoryEntry.text(alternative.value)).text(language)
                let key = index == 0 ? "\(number + 1)  " : "   "
                lines.append([TableCell("  " + key, .statusKey), TableCell(shown),
                              TableCell(t("  skrevet av ", "  written by ") + (alternative.author ?? "?"), .muted)])
            }
            if index == 0 {
                lines.append([TableCell(t("  Trykk tallet foran verdien som skal gjelde. Begge blir stående i historikken.",
                                          "  Press the number of the value that should stand. History keeps both."), .muted)])
            }
        }
        return lines
    }

    /// "status: Bestilt, adresse: Runarveien 1": what an id stands for, never the id.
    private func describe(_ entry: HistoryEntry) -> String {
        if let deleted = entry.deleted {
            return deleted ? Message(nb: "slettet", en: "deleted").text(language) : Message(nb: "gjenopprettet", en: "restored").text(language)
        }
        return entry.writes.map { write in
            let label = FieldLabel.text(write.field, language) + ": "
            if let named = ReferenceName.of(.measure, field: write.field, value: write.value, in: directory.replica) {
                return label + named.text(language)
            }
            // A day as the rest of the screen writes it, not as it is stored.
            if Schema.field(.measure, flag: write.field)?.kind == .date, let day = CalendarDate(write.value) {
                return label + day.text(language)
            }
            return label + PlanText.value(write.field, write.value).text(language)
        }.joined(separator: ", ")
    }

    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }
}

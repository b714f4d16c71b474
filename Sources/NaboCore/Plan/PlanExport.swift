/// The action plan as files for Byggdrift and the work group: one CSV row per measure record, or
/// the report's matrix in Markdown. Words are in the reader's language; dates in the CSV are ISO so a
/// spreadsheet sorts them.
public enum PlanExport {
    static let columns = ["id", "title", "category", "address", "status", "responsible", "costToAgree", "precondition", "inspection", "due"]

    public static func csv(_ measures: [Record], replica: Replica, language: Language) -> CSVTable {
        CSVTable(header: header(language), rows: measures.map { row($0, replica: replica, language: language) })
    }

    public static func header(_ language: Language) -> [String] {
        columns.map { $0 == "id" ? "ID" : FieldLabel.text($0, language).capitalizedFirst }
    }

    /// One measure's row, as the CSV has it; an export writes them one at a time.
    public static func row(_ record: Record, replica: Replica, language: Language) -> [String] {
        let m = Measure(record)
        return columns.map { c -> String in
            switch c {
            case "id": m.id
            case "title": m.title
            case "address": m.address.map { AddressText.short($0, in: replica) } ?? ""
            case "status": VocabularyLabel.text(m.statusValue, language)
            case "category": VocabularyLabel.text(m.categoryValue, language)
            case "responsible": VocabularyLabel.text(m.responsibleValue, language)
            case "costToAgree": VocabularyLabel.yesNo(m.costToAgree, language)
            case "precondition": m.precondition ?? ""
            // Dates as stored, for a spreadsheet to read.
            default: record.string(c) ?? ""
            }
        }
    }

    public static func markdown(_ matrix: PlanMatrix, today: CalendarDate, language: Language) -> String {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        var lines = [
            "# " + t("Handlingsplan for tiltak på adressene", "Action plan: measures at the addresses"), "",
            t("Per ", "As of ") + DateWords.numeric(today, language) + ".", "",
            "| # | " + t("Tiltak", "Measure") + " | " + matrix.columns.map { Markdown.cell($0.label) }.joined(separator: " | ") + " |",
            "| ---: | --- |" + String(repeating: " --- |", count: matrix.columns.count),
        ]
        for (i, row) in matrix.rows.enumerated() {
            let cells = row.cells.map { entries in
                entries.isEmpty ? "–" : entries.map { e in
                    VocabularyLabel.text(e.status, language) + (e.late ? " (!)" : "") + (e.costToAgree ? " (kr)" : "")
                }.joined(separator: "; ")
            }
            lines.append("| \(i + 1) | " + Markdown.cell(row.title) + " | " + cells.joined(separator: " | ") + " |")
        }
        lines += [
            "", t("Forklaring:", "Legend:"), "",
            t("- (!) forsinket: fristen er passert, og tiltaket er ikke utført.", "- (!) late: the due date has passed and the measure is not done."),
            t("- (kr) hvem som bærer kostnaden, må avklares.", "- (kr) who bears the cost is still to be agreed."),
            t("- – tiltaket gjelder ikke adressen.", "- – the measure does not apply to the address."),
            t("- Status: ", "- Status: ") + Vocabulary.measureStatus.map { VocabularyLabel.text($0, language) }.joined(separator: ", ") + ".",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}

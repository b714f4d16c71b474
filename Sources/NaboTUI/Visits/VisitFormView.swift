import NaboCore

/// The visit form over the screen it was opened from: one line per field, the residents matching
/// what is typed under the resident field, and a refused save's message right under its field.
struct VisitFormView {
    var form: VisitForm
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.content
        screen.fill(rect)
        screen.box(rect, role: .borderFocus, title: (form.editing == nil ? VisitText.title : VisitText.editTitle).text(language))
        let inner = rect.inset(by: 1)
        let labelWidth = VisitForm.Field.allCases.map { VisitText.label($0).text(language).displayWidth }.max()! + 5
        let valueColumn = inner.column + labelWidth
        let valueWidth = max(1, inner.right - valueColumn - 1)
        var row = inner.row
        for field in VisitForm.Field.allCases {
            let isCurrent = field == form.field
            let marker = isCurrent ? Table.marker + " " : "  "
            screen.put(marker + VisitText.label(field).text(language), row: row, column: inner.column + 1, role: isCurrent ? .title : .normal)
            let lines = valueLines(field, width: valueWidth)
            for (offset, line) in lines.enumerated() {
                let end = screen.put(line, row: row + offset, column: valueColumn, role: isCurrent ? .inputFocus : .input, limit: valueWidth)
                if isCurrent, offset == lines.count - 1 {
                    screen.cursor = Position(row: row + offset, column: min(end, inner.right - 1))
                }
            }
            row += max(1, lines.count)
            if field == .resident {
                row = ResidentPicker.draw(into: &screen, query: form.values.residentQuery, matches: form.matches, chosen: form.values.resident,
                                            directory: directory, language: language, row: row, column: valueColumn, width: valueWidth)
            }
            if let problem = form.problem, problem.field == field.schemaName {
                // Wrapped, since a refusal says what to do and is often longer than the field.
                row = screen.putWrapped("✗ " + problem.text(language), row: row, column: valueColumn, role: .error, width: valueWidth, rows: 3)
            }
        }
        let footer = form.isLeaving ? StatusMessage(.warning, VisitText.leaveQuestion)
            : form.isSaving ? StatusMessage(.info, VisitText.saving)
            : form.problem.flatMap { $0.field == nil ? StatusMessage(.error, $0) : nil }
        let line = footer.map { ($0.symbol + " " + $0.text.text(language), $0.role) } ?? (VisitText.hint(form.field).text(language), StyleRole.muted)
        screen.putFooter(line.0, role: line.1, in: inner, below: row)
    }

    /// The field's text as it is shown: the kind as a word with arrows, long texts wrapped.
    private func valueLines(_ field: VisitForm.Field, width: Int) -> [String] {
        let values = form.values
        switch field {
        case .resident: return [values.residentQuery]
        case .date: return [values.date]
        case .kind: return ["◂ " + VisitKind.word(values.kind).text(language) + " ▸"]
        case .note: return Array(WordWrap.lines(values.note, width: width).suffix(4))
        case .agreed: return Array(WordWrap.lines(values.agreed, width: width).suffix(2))
        case .next: return [values.next]
        }
    }
}

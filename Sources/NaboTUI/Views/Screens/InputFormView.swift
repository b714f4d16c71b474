import NaboCore

/// The input form: whose input and, when answering, what they said; then one line per field and a
/// refused save's message under its field.
struct InputFormView {
    var form: InputForm
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.content
        screen.fill(rect)
        let title: Message
        let about: String
        switch form.purpose {
        case .record(let resident):
            title = VisitText.newInput
            about = directory.resident(resident).map { $0.name + " · " + directory.home(ofUnit: $0.unit) } ?? ""
        case .answer(let input):
            title = VisitText.answerTitle
            let open = directory.openInputs.first { $0.id == input }
            about = (open.flatMap { directory.resident($0.resident)?.name } ?? "") + ": " + (open?.text.replacingNewlines ?? "")
        }
        screen.box(rect, role: .borderFocus, title: title.text(language))
        let inner = rect.inset(by: 1)
        screen.put(about, row: inner.row, column: inner.column + 1, role: .title, limit: inner.columns - 2)
        let labelWidth = form.fields.map { VisitText.inputLabel($0).text(language).displayWidth }.max()! + 5
        let valueColumn = inner.column + labelWidth
        let valueWidth = max(1, inner.right - valueColumn - 1)
        var row = inner.row + 2
        for field in form.fields {
            let isCurrent = field == form.field
            screen.put((isCurrent ? Table.marker + " " : "  ") + VisitText.inputLabel(field).text(language), row: row, column: inner.column + 1,
                       role: isCurrent ? .title : .normal)
            let lines = valueLines(field, width: valueWidth)
            for (offset, line) in lines.enumerated() {
                let end = screen.put(line, row: row + offset, column: valueColumn, role: isCurrent ? .inputFocus : .input, limit: valueWidth)
                if isCurrent, offset == lines.count - 1 { screen.cursor = Position(row: row + offset, column: min(end, inner.right - 1)) }
            }
            row += max(1, lines.count)
            if let problem = form.problem, problem.field == field.schemaName {
                screen.put("✗ " + problem.text(language), row: row, column: valueColumn, role: .error, limit: valueWidth)
                row += 1
            }
        }
        let footer = form.isLeaving ? StatusMessage(.warning, VisitText.leaveQuestion)
            : form.problem.flatMap { $0.field == nil ? StatusMessage(.error, $0) : nil }
        let line = footer.map { ($0.symbol + " " + $0.text.text(language), $0.role) } ?? (VisitText.inputHint.text(language), StyleRole.muted)
        screen.put(line.0, row: inner.bottom - 1, column: inner.column + 1, role: line.1, limit: inner.columns - 2)
    }

    private func valueLines(_ field: InputForm.Field, width: Int) -> [String] {
        let values = form.values
        switch field {
        case .text: return Array(WordWrap.lines(values.text, width: width).suffix(4))
        case .date: return [values.date]
        case .outcome: return ["◂ " + VocabularyLabel.text(values.outcome, language) + " ▸"]
        case .answeredOn: return [values.answeredOn]
        case .reason: return Array(WordWrap.lines(values.reason, width: width).suffix(3))
        }
    }
}

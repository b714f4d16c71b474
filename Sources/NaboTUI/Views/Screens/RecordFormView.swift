import NaboCore

/// The form for an input, its answer or a follow-up plan: what it is about, then one line per
/// field (long ones wrapped), and a refused save's message under its field.
struct RecordFormView {
    var form: RecordForm
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let rect = layout.content
        screen.fill(rect)
        let (title, about) = heading()
        screen.box(rect, role: .borderFocus, title: title.text(language))
        let inner = rect.inset(by: 1)
        screen.put(about, row: inner.row, column: inner.column + 1, role: .title, limit: inner.columns - 2)
        let labelWidth = form.fields.map { VisitText.recordLabel($0).text(language).displayWidth }.max()! + 5
        let valueColumn = inner.column + labelWidth
        let valueWidth = max(1, inner.right - valueColumn - 1)
        var row = inner.row + 2
        for field in form.fields {
            let isCurrent = field == form.field
            screen.put((isCurrent ? Table.marker + " " : "  ") + VisitText.recordLabel(field).text(language), row: row, column: inner.column + 1,
                       role: isCurrent ? .title : .normal)
            let lines = valueLines(field, width: valueWidth)
            for (offset, line) in lines.enumerated() {
                let end = screen.put(line, row: row + offset, column: valueColumn, role: isCurrent ? .inputFocus : .input, limit: valueWidth)
                if isCurrent, offset == lines.count - 1 { screen.cursor = Position(row: row + offset, column: min(end, inner.right - 1)) }
            }
            row += max(1, lines.count)
            if let problem = form.problem, problem.field == field.rawValue {
                // Wrapped, since a refusal says what to do and is often longer than the field.
                for line in WordWrap.lines("✗ " + problem.text(language), width: valueWidth).prefix(3) {
                    screen.put(line, row: row, column: valueColumn, role: .error, limit: valueWidth)
                    row += 1
                }
            }
        }
        let footer = form.isLeaving ? StatusMessage(.warning, VisitText.leaveQuestion)
            : form.problem.flatMap { problem in form.fields.contains { $0.rawValue == problem.field } ? nil : StatusMessage(.error, problem) }
        let hint = switch form.purpose {
        case .plan: VisitText.planHint
        case .measure: VisitText.measureHint
        case .recordInput, .answerInput: VisitText.inputHint
        }
        let line = footer.map { ($0.symbol + " " + $0.text.text(language), $0.role) } ?? (hint.text(language), StyleRole.muted)
        screen.put(line.0, row: inner.bottom - 1, column: inner.column + 1, role: line.1, limit: inner.columns - 2)
    }

    private func heading() -> (Message, String) {
        switch form.purpose {
        case .recordInput(let resident):
            return (VisitText.newInput, directory.resident(resident).map { $0.name + " · " + directory.home(ofUnit: $0.unit) } ?? "")
        case .answerInput(let input):
            let open = directory.openInputs.first { $0.id == input }
            return (VisitText.answerTitle, (open.flatMap { directory.resident($0.resident)?.name } ?? "") + ": " + (open?.text.replacingNewlines ?? ""))
        case .plan(let resident, _):
            return (VisitText.planTitle, directory.resident(resident).map { $0.name + " · " + directory.home(ofUnit: $0.unit) } ?? "")
        case .measure(let visit):
            let entry = directory.visits.first { $0.id == visit }
            let home = entry?.unitID.flatMap { directory.unitByID[$0] }.map { directory.home(ofUnit: $0) } ?? ""
            return (VisitText.measureTitle, (entry.map { VisitText.describe($0, language) } ?? "") + (home.isEmpty ? "" : " · " + home))
        }
    }

    private func valueLines(_ field: RecordForm.Field, width: Int) -> [String] {
        if field == .place { return ["◂ " + (form[.place] == "unit" ? VisitText.atUnit : VisitText.atAddress).text(language) + " ▸"] }
        if field.choices != nil { return ["◂ " + VocabularyLabel.text(form[field], language) + " ▸"] }
        guard field.isLongText else { return [form[field]] }
        return Array(WordWrap.lines(form[field], width: width).suffix(field == .partners ? 4 : 2))
    }
}

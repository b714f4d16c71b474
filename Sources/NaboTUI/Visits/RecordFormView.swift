import NaboCore

/// The record form: what it is about, then one line per field (long ones wrapped), what a typed
/// address or a chosen statement stands for under it, and a refused save's message under its field.
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
        screen.put(about, row: inner.row, column: inner.column + 1, role: .title, fitting: inner.columns - 2)
        let labelWidth = form.fields.map { label($0).text(language).displayWidth }.max()! + 5
        let valueColumn = inner.column + labelWidth
        let valueWidth = max(1, inner.right - valueColumn - 1)
        var row = inner.row + 2
        for field in form.fields {
            let isCurrent = field == form.field
            screen.put((isCurrent ? Table.marker + " " : "  ") + label(field).text(language), row: row, column: inner.column + 1,
                       role: isCurrent ? .title : .normal)
            let lines = valueLines(field, width: valueWidth)
            for (offset, line) in lines.enumerated() {
                let end = screen.put(line, row: row + offset, column: valueColumn, role: isCurrent ? .inputFocus : .input, limit: valueWidth)
                if isCurrent, offset == lines.count - 1 { screen.cursor = Position(row: row + offset, column: min(end, inner.right - 1)) }
            }
            row += max(1, lines.count)
            if field == .invited {
                row = ResidentPicker.draw(into: &screen, query: form[.invited], matches: form.matches, chosen: form.chosen, directory: directory,
                                          language: language, row: row, column: valueColumn, width: valueWidth)
            }
            if field == .unit, case .move = form.purpose, form[.moving] != "out" {
                row = UnitPicker.draw(into: &screen, form: form, directory: directory, language: language, row: row, column: valueColumn, width: valueWidth)
            }
            for line in notes(field, width: valueWidth) {
                screen.put(line.0, row: row, column: valueColumn, role: line.1, fitting: valueWidth)
                row += 1
            }
            if let problem = form.problem, problem.field == field.rawValue {
                // Wrapped, since a refusal says what to do and is often longer than the field.
                row = screen.putWrapped("✗ " + problem.text(language), row: row, column: valueColumn, role: .error, width: valueWidth, rows: 3)
            }
        }
        let footer = form.isLeaving ? StatusMessage(.warning, VisitText.leaveQuestion)
            : form.problem.flatMap { problem in form.fields.contains { $0.rawValue == problem.field } ? nil : StatusMessage(.error, problem) }
        let hint = switch form.purpose {
        case .plan: VisitText.planHint
        case .measure: VisitText.measureHint
        case .recordInput: VisitText.inputHint
        case .answerInput: VisitText.answerHint
        case .dugnad: DugnadText.planHint
        case .dugnadNote: DugnadText.noteHint
        case .notice: DugnadText.noticeHint
        case .invite: DugnadText.inviteHint
        case .export: DugnadText.exportHint
        case .followUpInput, .followUpMeasure: SurveyText.turnHint
        case .address: StockText.addressHint
        case .unit: StockText.unitHint
        case .resident: StockText.residentHint
        case .move: StockText.moveHint
        case .planMeasure: PlanText.measureHint
        case .event: EventText.hint
        case .erase: PersonText.eraseHint
        case .meeting: MeetingText.meetingHint
        case .agendaItem: MeetingText.itemHint
        case .decision: PlanText.measureHint
        case .activity: ProgressText.hint
        }
        let line = footer.map { ($0.symbol + " " + $0.text.text(language), $0.role) } ?? (hint.text(language), StyleRole.muted)
        screen.putFooter(line.0, role: line.1, in: inner, below: row)
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
            let entry = directory.visit(visit)
            let home = entry?.unitID.flatMap { directory.unitByID[$0] }.map { directory.home(ofUnit: $0) } ?? ""
            return (VisitText.measureTitle, (entry.map { VisitText.describe($0, language) } ?? "") + (home.isEmpty ? "" : " · " + home))
        case .dugnad(let id):
            return id.flatMap { directory.dugnads.entry($0) }.map { (DugnadText.editPlanTitle, $0.dugnad.title) } ?? (DugnadText.planTitle, "")
        case .invite(let id), .export(let id):
            let title = form.purpose == .invite(dugnad: id) ? DugnadText.inviteTitle : DugnadText.exportTitle
            return (title, directory.dugnads.entry(id).map { $0.dugnad.title + " · " + DugnadView.when($0.dugnad, language, short: true) } ?? "")
        case .dugnadNote(let id), .notice(let id):
            let title = form.fields == [.note] ? DugnadText.noteTitle : DugnadText.noticeTitle
            return (title, directory.dugnads.entry(id).map { $0.dugnad.title + " · " + DugnadView.when($0.dugnad, language, short: true) } ?? "")
        case .followUpInput(let response, _), .followUpMeasure(let response, _):
            let title = form.fields.contains(.title) ? SurveyText.followUpMeasureTitle : SurveyText.followUpInputTitle
            let resident = directory.replica.live(EntityType.response.rawValue, response).flatMap { directory.resident(SurveyResponse.resident(of: $0)) }
            return (title, resident.map { $0.name + " · " + directory.home(ofUnit: $0.unit) } ?? "")
        case .address(let id):
            return id.flatMap { directory.address($0) }.map { (StockText.changeAddress, $0.title + " · " + $0.place) } ?? (StockText.newAddress, "")
        case .unit(let address, let id):
            let at = directory.address(address).map { $0.title + " · " + $0.place } ?? ""
            return (id == nil ? StockText.newUnit : StockText.changeUnit, at)
        case .resident(let unit, let id):
            if let resident = id.flatMap({ directory.resident($0) }) {
                return (StockText.changeResident, resident.name + (resident.unit == nil ? "" : " · " + directory.home(ofUnit: resident.unit)))
            }
            return (StockText.newResident, directory.home(ofUnit: unit.flatMap { directory.unitByID[$0] }))
        case .move(let id):
            return (StockText.moveTitle, directory.resident(id).map { $0.name + ($0.unit == nil ? "" : " · " + directory.home(ofUnit: $0.unit)) } ?? "")
        case .planMeasure(let id):
            return id == nil ? (PlanText.newMeasure, "") : (PlanText.changeMeasure, id.flatMap { directory.measure($0) }.map { Measure($0).title } ?? "")
        case .event(let type, let id):
            return (EventText.title, EventFeature.place(type, id, directory))
        case .meeting(let id):
            return id == nil ? (MeetingText.newMeeting, "") : (MeetingText.changeMeeting, id.flatMap { directory.meetings.meeting($0) }.map(\.title) ?? "")
        case .agendaItem(let meeting, let item):
            return (item == nil ? MeetingText.newItem : MeetingText.changeItem, directory.meetings.meeting(meeting).map(\.title) ?? "")
        case .decision(let item):
            return (MeetingText.decisionTitle, directory.meetings.item(item)?.title ?? "")
        case .activity(let id):
            return (id == nil ? ProgressText.newActivity : ProgressText.changeActivity, id.flatMap { directory.activity($0) }?.title ?? "")
        case .erase(let id):
            return (PersonText.eraseTitle, directory.resident(id).map { $0.name + ($0.unit == nil ? "" : " · " + directory.home(ofUnit: $0.unit)) } ?? "")
        }
    }

    /// The label, where a purpose gives a field another meaning.
    private func label(_ field: RecordForm.Field) -> Message {
        switch (form.purpose, field) {
        case (.notice, .note): DugnadText.noticeNote
        case (.followUpInput, .text): SurveyText.inputTextLabel
        case (.event, .note): EventText.noteLabel
        case (.erase, .reason): PersonText.reasonLabel
        case (.erase, .name): PersonText.confirmLabel
        default: StockText.label(field, form.purpose) ?? MeetingText.label(field, form.purpose) ?? ProgressText.label(field, form.purpose)
            ?? VisitText.recordLabel(field)
        }
    }

    /// Under the addresses, the address each part matches; under the statement, its text and the answer.
    private func notes(_ field: RecordForm.Field, width: Int) -> [(String, StyleRole)] {
        if let problem = RecordFormCheck.problem(form, field), problem != form.problem {
            return WordWrap.lines("✗ " + problem.text(language), width: width).prefix(2).map { ($0, .error) }
        }
        switch field {
        case .address, .unit:
            guard form.purpose.isMeasure, !form[field].allSatisfy(\.isWhitespace) else { return [] }
            let place = MeasurePlace(address: form[.address], unit: form[.unit], directory: directory)
            if let problem = place.problem, problem.field == field.rawValue {
                guard problem != form.problem else { return [] }
                return WordWrap.lines("✗ " + problem.text(language), width: width).prefix(2).map { ($0, .error) }
            }
            if field == .address, let row = place.address {
                return [("✓ " + directory.addresses[row].title + " · " + directory.addresses[row].place, .muted)]
            }
            guard let row = place.unit else { return [] }
            let unit = directory.units[row]
            return [("✓ " + directory.home(ofUnit: row) + (unit.occupants.isEmpty ? "" : " · " + unit.occupants), .muted)]
        case .addresses:
            return DugnadAddressQuery(form[.addresses], directory: directory).parts.prefix(4).flatMap { part -> [(String, StyleRole)] in
                guard let row = part.row else {
                    let problem = part.problem(directory)
                    // A refused save says it below the notes; wrapped, as naming the matches takes more than a line.
                    guard problem != form.problem else { return [] }
                    return WordWrap.lines("✗ " + problem.text(language), width: width).prefix(3).map { ($0, .error) }
                }
                let address = directory.addresses[row]
                return [("✓ " + address.title + " · " + address.place, .muted)]
            }
        case .statement:
            guard let response = form.response, let record = directory.replica.live(EntityType.response.rawValue, response),
                  let answer = SurveyResponse.followUps(of: record)[form[.statement]] else { return [] }
            let statement = directory.survey.form?.statements.first { $0.id == form[.statement] }?.text(language)
            return (statement.map { WordWrap.lines($0, width: width).prefix(2).map { ($0, StyleRole.muted) } } ?? [])
                + WordWrap.lines("«" + answer + "»", width: width).prefix(3).map { ($0, StyleRole.normal) }
        default:
            return []
        }
    }

    private func valueLines(_ field: RecordForm.Field, width: Int) -> [String] {
        if field == .how { return ["◂ " + (NoticeChannel(rawValue: form[.how]).map { $0.word.text(language) } ?? "") + " ▸"] }
        if field == .export { return ["◂ " + (DugnadExport(rawValue: form[.export]).map { DugnadText.export($0).text(language) } ?? "") + " ▸"] }
        if field == .statement { return ["◂ " + form[.statement] + " ▸"] }
        if field == .place, form.choices(field) != nil { return ["◂ " + (form[.place] == "unit" ? VisitText.atUnit : VisitText.atAddress).text(language) + " ▸"] }
        if field == .moving { return ["◂ " + StockText.moving(form[.moving]).text(language) + " ▸"] }
        if [.costToAgree, .parked, .standing].contains(field) { return ["◂ " + (form[field] == "yes" ? StockText.yes : StockText.no).text(language) + " ▸"] }
        if field == .unit, case .move = form.purpose, form[.moving] == "out" { return [StockText.outNoUnit.text(language)] }
        if form.choices(field) != nil { return ["◂ " + VocabularyLabel.text(form[field], language) + " ▸"] }
        guard field.isLongText else { return [form[field]] }
        return Array(WordWrap.lines(form[field], width: width).suffix(field == .partners ? 4 : 2))
    }
}

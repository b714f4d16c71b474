import NaboCore

/// The survey as it is taken: consent first, then one statement at a time with the scale's words
/// always on screen, a follow-up question and its answer being typed, or the end.
struct SurveyView {
    var taking: SurveyTaking
    var form: SurveyForm
    var scale: [Message]
    var resident: String
    /// The name a new round would have, offered when the resident already answered this one.
    var anotherRound: String
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let content = layout.content
        let width = content.columns - 4
        let column = content.column + 2
        var row = content.row
        screen.put(SurveyText.heading(form.name, resident, taking.response.round).text(language), row: row, column: 1, role: .title, limit: content.columns - 2)
        row += 2
        let progress = SurveyFlow.progress(form, taking.response)
        if taking.phase == .sameRound {
            drawSameRound(into: &screen, row: row, column: column, width: width)
            return
        }
        if taking.phase == .consent {
            for line in WordWrap.lines(SurveyText.consentQuestion.text(language), width: width) {
                screen.put(line, row: row, column: column)
                row += 1
            }
            row += 1
            screen.put(SurveyText.consentWillBe(taking.response.date.map { $0.text(language) } ?? "").text(language), row: row, column: column, limit: width)
            screen.put(SurveyText.refuseLine.text(language), row: row + 1, column: column, limit: width)
            return
        }
        let step = SurveyFlow.next(form, taking.response)
        let number: Int
        switch taking.phase {
        case .followUp(let id, _): number = (form.statements.firstIndex { $0.id == id } ?? 0) + 1
        case .statement where taking.revisiting != nil: number = (taking.revisiting ?? 0) + 1
        default: number = step?.number ?? form.statements.count
        }
        let barWidth = min(form.statements.count, 26)
        let filled = form.statements.isEmpty ? 0 : progress.done * barWidth / form.statements.count
        screen.put([TableCell(SurveyText.statementOf(number, form.statements.count).text(language) + "  ", .header),
                    TableCell(String(repeating: "█", count: filled), .done), TableCell(String(repeating: "░", count: barWidth - filled), .muted),
                    TableCell("  " + SurveyText.progress(progress).text(language), .muted)], row: row, column: column, limit: width)
        row += 2
        switch taking.phase {
        case .consent, .sameRound:
            return
        case .finished:
            screen.put(SurveyText.finished(progress).text(language), row: row, column: column, limit: width)
            drawReview(into: &screen, row: row + 1, column: column, width: width, last: layout.messageRow - 3)
            screen.put(SurveyText.finishedHint.text(language), row: layout.messageRow - 2, column: column, role: .muted, limit: width)
        case .statement:
            guard let statement = SurveyFeature.current(form, taking) else { return }
            row = put(statement.text(language), role: .title, row: row, column: column, width: width, into: &screen)
            let answer = taking.response.answers[statement.id]
            // Gone back to, the statement says what it was answered, to be kept or changed.
            if answer != nil || taking.response.noAnswer.contains(statement.id) {
                screen.put(SurveyText.answer(answer, answer.map { scale[$0 - 1].text(language) } ?? "").text(language), row: row, column: column, limit: width)
                row += 2
            }
            row = drawScale(into: &screen, row: row, column: column, width: width, chosen: answer)
            if statement.followUp(language) != nil {
                let written = taking.response.followUps[statement.id]
                screen.put(written.map { SurveyText.followUpHeading.text(language) + ": " + $0 } ?? SurveyText.followUpOffer.text(language),
                           row: row + 1, column: column, role: .muted, limit: width)
            }
            if number > 1 {
                screen.put(SurveyText.backOffer.text(language), row: row + (statement.followUp(language) == nil ? 1 : 2), column: column, role: .muted, limit: width)
            }
        case .followUp(let id, let text):
            guard let statement = form.statements.first(where: { $0.id == id }) else { return }
            row = put(statement.text(language), role: .title, row: row, column: column, width: width, into: &screen)
            let answer = taking.response.answers[id]
            screen.put(SurveyText.answer(answer, answer.map { scale[$0 - 1].text(language) } ?? "").text(language), row: row, column: column, limit: width)
            row = drawScale(into: &screen, row: row + 2, column: column, width: width, chosen: answer)
            screen.put(SurveyText.followUpHeading.text(language), row: row + 1, column: column, role: .header, limit: width)
            row = put(statement.followUp(language) ?? "", role: .normal, row: row + 2, column: column, width: width, into: &screen)
            let typed = "> " + text
            let lines = WordWrap.lines(typed, width: width)
            for (offset, line) in lines.suffix(max(1, layout.messageRow - row - 2)).enumerated() {
                let end = screen.put(line, row: row + offset, column: column, role: .selection)
                screen.cursor = Position(row: row + offset, column: min(end, screen.size.columns - 1))
            }
            screen.put(SurveyText.followUpHint.text(language), row: min(layout.messageRow - 1, row + max(1, lines.count) + 1), column: column,
                       role: .muted, limit: width)
        }
    }

    /// "Kari Nordvik already answered ... in round X": continue it, replace it, or a new round.
    private func drawSameRound(into screen: inout ScreenBuffer, row: Int, column: Int, width: Int) {
        guard let earlier = taking.earlier else { return }
        var row = put(SurveyText.alreadyAnswered(resident, earlier.round, earlier.date.map { $0.text(language) } ?? "").text(language),
                      role: .normal, row: row, column: column, width: width, into: &screen)
        for choice in SurveyText.sameRoundChoices(anotherRound) {
            screen.put(choice.text(language), row: row, column: column, limit: width)
            row += 1
        }
    }

    /// Every statement with its answer, the last lines left out when the screen is short.
    private func drawReview(into screen: inout ScreenBuffer, row: Int, column: Int, width: Int, last: Int) {
        screen.put(SurveyText.reviewHeading.text(language), row: row, column: column, role: .header, limit: width)
        let answerWidth = max(SurveyText.noAnswerShort.text(language).displayWidth, (scale.map { $0.text(language).displayWidth }.max() ?? 0) + 2)
        for (offset, statement) in form.statements.enumerated() where row + 1 + offset <= last {
            let answer = taking.response.answers[statement.id]
            let words = answer.map { "\($0) " + scale[$0 - 1].text(language) } ?? SurveyText.noAnswerShort.text(language)
            screen.put([TableCell(statement.id.fitted(toWidth: 3, alignment: .trailing) + "  "), TableCell(words.fitted(toWidth: answerWidth, alignment: .leading), .header),
                        TableCell(" " + statement.text(language), .muted)], row: row + 1 + offset, column: column, limit: width)
        }
    }

    /// The scale in two columns, 1-4 then 5-7 and "no answer", each point with its words.
    private func drawScale(into screen: inout ScreenBuffer, row: Int, column: Int, width: Int, chosen: Int?) -> Int {
        let left = (0..<4).map { "\($0 + 1)  " + scale[$0].text(language) }
        let right = (4..<7).map { "\($0 + 1)  " + scale[$0].text(language) } + [SurveyText.noAnswerKey.text(language)]
        let leftWidth = (left.map(\.displayWidth).max() ?? 0) + 4
        for index in 0..<4 {
            screen.put(left[index], row: row + index, column: column, role: chosen == index + 1 ? .selection : .normal, limit: width)
            if leftWidth * 2 <= width + 4 {
                screen.put(right[index], row: row + index, column: column + leftWidth, role: chosen == index + 5 ? .selection : .normal,
                           limit: width - leftWidth)
            }
        }
        return row + 4
    }

    private func put(_ text: String, role: StyleRole, row: Int, column: Int, width: Int, into screen: inout ScreenBuffer) -> Int {
        let lines = WordWrap.lines(text, width: width)
        for (offset, line) in lines.enumerated() {
            screen.put(line, row: row + offset, column: column, role: role)
        }
        return row + lines.count + 1
    }
}

extension SurveyView {
    /// Over the survey screen, while a survey is being taken.
    static func draw(_ state: AppState, directory: Directory, into screen: inout ScreenBuffer, layout: Layout) {
        guard case .survey(.taking(let id)) = state.current.screen, let taking = state.survey, let form = directory.survey.form else { return }
        SurveyView(taking: taking, form: form, scale: directory.survey.scale, resident: directory.resident(id)?.name ?? "",
                   anotherRound: directory.survey.anotherRound, language: state.language)
            .draw(into: &screen, layout: layout)
    }
}

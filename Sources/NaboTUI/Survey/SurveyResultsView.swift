import NaboCore

/// A round's results: the index per address, each statement's distribution of 1-7, median, share
/// agreeing and number answered, and the selected statement's distribution as bars. Compared with
/// the round before, each figure shows before → after with the change marked ▲ ▼ or =.
struct SurveyResultsView {
    var place: Place
    var rows: [Int]
    var choice: SurveyResultsChoice
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let tables = directory.survey
        let content = layout.content
        guard let results = tables.results(choice), let index = tables.roundIndex(choice) else {
            screen.put(SurveyText.noResults.text(language), row: content.row, column: 1, role: .muted, limit: content.columns - 2)
            return
        }
        let earlier = tables.earlier(choice)
        let comparison = earlier.map { SurveyComparison(before: $0, after: results) }
        let scope = tables.scope(choice)
        // Filtered to one address, the count is of that address's respondents, as the figures below are.
        let respondents = results.index(scope)?.respondents ?? 0
        var heading = [TableCell(SurveyText.round(results.round, index + 1, tables.rounds.count, respondents).text(language), .title),
                       TableCell(" · " + scopeName(scope, results))]
        if let earlier { heading.append(TableCell(" · " + SurveyText.comparedWith(earlier.round).text(language), .muted)) }
        screen.put(heading, row: content.row, column: 1, limit: content.columns - 2)
        screen.put(indexLine(results, comparison), row: content.row + 1, column: 1, limit: content.columns - 2)

        let compare = comparison != nil
        let columns = [
            TableColumn(SurveyText.number, width: 3, alignment: .trailing),
            TableColumn(SurveyText.statement),
            TableColumn(SurveyText.distribution, width: 7),
            TableColumn(SurveyText.median, width: compare ? 14 : 6, alignment: .trailing),
            TableColumn(SurveyText.agree, width: compare ? 18 : 9, alignment: .trailing),
            TableColumn(SurveyText.answered, width: 7, alignment: .trailing),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.surveyResultsTable, rows: rows, position: place.position,
            empty: place.filter == nil ? SurveyText.noResults : Words.noMatches
        ) { row in
            let result = results.statements[row]
            let id = result.statement.id
            let distribution = results.distribution(id, scope) ?? Distribution()
            let median: String
            let agree: String
            if let comparison {
                median = change(comparison.median(id, scope), percent: false)
                agree = change(comparison.agreeShare(id, scope), percent: true)
            } else {
                median = distribution.median.map { number($0) } ?? "–"
                agree = distribution.agreeShare.map(percentText) ?? "–"
            }
            return [TableCell(id), TableCell(result.statement.text(language)), TableCell(Self.spark(distribution)),
                    TableCell(median), TableCell(agree), TableCell(String(distribution.answered))]
        }
        drawDistribution(into: &screen, rect: layout.surveyDistribution, results: results, scope: scope)
    }

    private func scopeName(_ scope: SurveyResults.Scope, _ results: SurveyResults) -> String {
        switch scope {
        case .all: SurveyText.allAddresses.text(language)
        case .address(let id): results.groups.first { $0.address == id }?.label ?? SurveyText.unknownAddress.text(language)
        }
    }

    /// "Indeks (median, 0–100): Alle 55 · Runarveien 1 60 · …", before → after when comparing.
    private func indexLine(_ results: SurveyResults, _ comparison: SurveyComparison?) -> [TableCell] {
        var cells = [TableCell(SurveyText.indexHeading.text(language) + ": ", .header)]
        let scopes: [(String, SurveyResults.Scope)] = [(SurveyText.allAddresses.text(language), .all)]
            + results.groups.map { ($0.label ?? SurveyText.unknownAddress.text(language), .address($0.address)) }
        for (offset, (label, scope)) in scopes.enumerated() {
            let value = comparison.map { change($0.index(scope), percent: false, digits: 0) }
                ?? results.index(scope)?.median.map { number($0, digits: 0) } ?? "–"
            cells.append(TableCell((offset == 0 ? "" : " · ") + label + " " + value))
        }
        return cells
    }

    /// The selected statement's answers 1-7 as bars, each with the scale's words and the count.
    private func drawDistribution(into screen: inout ScreenBuffer, rect: Rect, results: SurveyResults, scope: SurveyResults.Scope) {
        let position = place.position.settled(count: rows.count, height: Layout(screen.size).surveyResultsTable.rows - 1)
        guard position.selected < rows.count else { return }
        let result = results.statements[rows[position.selected]]
        let distribution = results.distribution(result.statement.id, scope) ?? Distribution()
        var title = result.statement.id + ". " + result.statement.text(language)
        if result.statement.negative { title += " " + SurveyText.negativeMark.text(language) }
        screen.put(title, row: rect.row, column: 1, role: .header, limit: rect.columns - 2)
        let scale = directory.survey.scale
        let wordsWidth = scale.map { $0.text(language).displayWidth }.max() ?? 10
        let most = max(1, distribution.counts.max() ?? 1)
        let barWidth = max(5, min(40, rect.columns - wordsWidth - 16))
        for point in 0..<7 where point + 1 < rect.rows {
            let count = distribution.counts[point]
            let length = count == 0 ? 0 : max(1, count * barWidth / most)
            let words = point < scale.count ? scale[point].text(language) : ""
            screen.put([TableCell("\(point + 1) " + words.fitted(toWidth: wordsWidth, alignment: .leading) + " "),
                        TableCell(String(repeating: "█", count: length), .done), TableCell(" \(count)")],
                       row: rect.row + 1 + point, column: 1, limit: rect.columns - 2)
        }
    }

    /// The counts of 1 to 7 as block heights, the highest count full height: "▁▃█▅▂ ▁".
    static func spark(_ distribution: Distribution) -> String {
        let blocks = Array(" ▁▂▃▄▅▆▇█")
        let most = distribution.counts.max() ?? 0
        guard most > 0 else { return "" }
        return String(distribution.counts.map { $0 == 0 ? " " : blocks[max(1, ($0 * 8 + most / 2) / most)] })
    }

    /// "63 %" in bokmål, "63%" in English.
    private func percentText(_ share: Double) -> String {
        "\(DecimalText.percent(share))" + (language == .nb ? " %" : "%")
    }

    private func number(_ value: Double, digits: Int = 1) -> String {
        value == value.rounded() ? String(Int(value)) : DecimalText.format(value, digits: digits, language: language)
    }

    /// "4 → 5 ▲1", "38 % → 50 % ▲12", "– → 5" when a side is missing.
    private func change(_ change: SurveyComparison.Change, percent: Bool, digits: Int = 1) -> String {
        let show = { (value: Double?) -> String in
            guard let value else { return "–" }
            return percent ? percentText(value) : number(value, digits: digits)
        }
        var text = show(change.before) + " → " + show(change.after)
        if let delta = percent ? change.shownDelta(digits: 0, scale: 100) : change.shownDelta(digits: digits) {
            let mark = delta == 0 ? "=" : delta > 0 ? "▲" : "▼"
            text += " " + mark + (delta == 0 ? "" : number(abs(delta), digits: digits))
        }
        return text
    }
}

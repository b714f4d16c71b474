/// The survey of how residents experience their home: the first round in the report's periods
/// against the last, the index per address and each statement's answers, with the number who
/// answered beside every figure and every small group hidden as the survey export hides it.
extension ReportContext {
    func surveyChapter() -> ReportChapter {
        let title = t("Kartleggingen", "The survey")
        let from = periods.first!.from, to = options.period.to
        let responses = SurveyResponse.all(in: replica).filter { r in
            r.address.map(inScope.contains) ?? false && r.date.map { from <= $0 && $0 <= to } ?? false
        }
        let rounds = SurveyRound.all(responses)
        guard let last = rounds.last else {
            return ReportChapter(id: "survey", title: title, blocks: [.paragraph(t("Ingen kartlegging er besvart i periodene.", "No survey was answered in the periods."))])
        }
        let after = SurveyResults(round: last.name, form: nil, responses: responses, replica: replica)
        let before = rounds.count > 1 ? SurveyResults(round: rounds.first!.name, form: after.form, responses: responses, replica: replica) : nil
        let results = (before.map { [$0] } ?? []) + [after]
        let shown = results.map { options.internalUse ? SurveyDisclosure.everything($0) : SurveyDisclosure($0, minimum: figures.minimum) }
        var blocks: [ReportBlock] = [.paragraph(surveyIntro(results))]
        blocks.append(.bars(indexChart(results, shown)))
        blocks.append(.table(agreeTable(results, shown)))
        for s in after.statements {
            blocks.append(.stacked(statementChart(s.statement, results, shown)))
        }
        if before == nil {
            blocks.append(.caution(t("Bare én runde er besvart i periodene: ingen endring kan måles.", "Only one round was answered in the periods: no change can be measured.")))
        }
        return ReportChapter(id: "survey", title: title, blocks: blocks)
    }

    func surveyIntro(_ results: [SurveyResults]) -> String {
        let each = results.map { r in "«\(r.round)»: " + answeredText(r.respondents.count) }.joined(separator: "; ")
        return t("Skjema «\(mask(results.last!.form.name))». Svar per runde: ", "Form “\(mask(results.last!.form.name))”. Responses per round: ") + each + ". "
            + t("Boindeksen (0–100) er snittet av hver beboers svar, med negativt formulerte påstander snudd; tallet per adresse er medianen.",
                "The living index (0–100) is the mean of each resident's answers, negatively worded statements reversed; the figure per address is the median.")
    }

    func answeredText(_ n: Int) -> String {
        figures.count(n).value == nil ? t("færre enn \(figures.minimum)", "fewer than \(figures.minimum)") : String(n)
    }

    func scopes(_ r: SurveyResults) -> [SurveyResults.Scope] { SurveyExport.scopes(r) }

    func indexChart(_ results: [SurveyResults], _ shown: [SurveyDisclosure]) -> ReportBarChart {
        let last = results.last!
        let groups = scopes(last).map { scope in
            let values = results.indices.map { i -> ReportValue in
                guard shown[i].showsIndex(scope), let index = results[i].index(scope), let median = index.median else {
                    return results[i].index(scope) == nil ? figures.number(nil) : ReportValue(figures.hiddenText, nil)
                }
                return ReportValue(DecimalText.format(median, language: language) + " (n = \(index.indexed))", median)
            }
            var comparison = ""
            if results.count > 1 {
                let (a, b) = (results.first!.index(scope), last.index(scope))
                comparison = values.contains { $0.value == nil } ? figures.tooFew
                    : figures.change(a?.median, b?.median, n: a?.indexed ?? 0, m: b?.indexed ?? 0)
            }
            return ReportBarChart.Group(label: SurveyExport.label(scope, last, language), values: values, comparison: comparison)
        }
        return ReportBarChart(caption: t("Boindeks per adresse (median, 0–100)", "Living index per address (median, 0–100)"),
                              series: results.map(\.round), groups: groups, comparisonLabel: results.count > 1 ? t("Endring", "Change") : "")
    }

    /// Each statement's share who agree (5–7) of all who answered it, round against round.
    func agreeTable(_ results: [SurveyResults], _ shown: [SurveyDisclosure]) -> ReportTable {
        let last = results.last!
        let rows = last.statements.map { s -> [String] in
            var row = [s.statement.id + ". " + s.statement.text(language)]
            var shares: [(Double?, Int)] = []
            for i in results.indices {
                let d = results[i].distribution(s.statement.id, .all)
                let n = d?.answered ?? 0
                guard shown[i].shows(statement: s.statement.id, .all), let share = d?.agreeShare else {
                    row.append(n == 0 ? "–" : figures.hiddenText)
                    shares.append((nil, 0))
                    continue
                }
                row.append("\(DecimalText.percent(share)) % (n = \(n))")
                shares.append((share * 100, n))
            }
            if results.count > 1 {
                let (a, b) = (shares.first!, shares.last!)
                row.append(figures.change(a.0, b.0, n: a.1, m: b.1, digits: 0))
            }
            return row
        }
        let header = [t("Påstand", "Statement")] + results.map { t("Enig (5–7)", "Agree (5–7)") + " " + $0.round } + (results.count > 1 ? [t("Endring (prosentpoeng)", "Change (points)")] : [])
        return ReportTable(caption: t("Andel enige per påstand, alle adresser", "Share agreeing per statement, all addresses"),
                           header: header, rows: rows, numeric: Set(1..<header.count))
    }

    func statementChart(_ statement: SurveyForm.Statement, _ results: [SurveyResults], _ shown: [SurveyDisclosure]) -> ReportStackedChart {
        var rows: [ReportStackedChart.Row] = []
        for i in results.indices {
            for scope in [SurveyResults.Scope.all] + scopes(results[i]).filter({ $0 != .all }) {
                guard let d = results[i].distribution(statement.id, scope), d.answered > 0 else { continue }
                let name = results[i].round + " · " + SurveyExport.label(scope, results[i], language)
                rows.append(shown[i].shows(statement: statement.id, scope)
                    ? ReportStackedChart.Row(label: name, counts: d.counts, total: "n = \(d.answered)")
                    : ReportStackedChart.Row(label: name, counts: [], total: figures.hiddenText))
            }
        }
        let negative = statement.negative ? t(" (negativt formulert: enig er det dårlige svaret)", " (negatively worded: agreeing is the unfavourable answer)") : ""
        return ReportStackedChart(caption: statement.id + ". " + statement.text(language) + negative,
                                  categories: (1...7).map(String.init), rows: rows)
    }
}

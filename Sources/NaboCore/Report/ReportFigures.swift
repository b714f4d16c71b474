/// How a count is shown in a report: a count about residents below the minimum shows as "<5"
/// (with no bar), unless the report stays in the office; and a comparison of two periods is made
/// only where both have at least the minimum of cases. One place, so every chapter hides alike.
struct ReportFigures {
    let language: Language
    let internalUse: Bool
    let minimum = Suppression.defaultMinimum

    func t(_ nb: String, _ en: String) -> String { Message(nb: nb, en: en).text(language) }

    var hiddenText: String { "<\(minimum)" }

    /// A count hidden only so that another cannot be worked out: it is not below the minimum, so
    /// it must not read "<5".
    var alsoHiddenText: String { t("skjult", "hidden") }

    /// A count; `aboutResidents` false for counts of meetings, measures and the like, never hidden.
    func count(_ n: Int, aboutResidents: Bool = true) -> ReportValue {
        if aboutResidents, !internalUse, n > 0, n < minimum { return ReportValue(hiddenText, nil) }
        return ReportValue(String(n), Double(n))
    }

    /// Counts of groups under a total (addresses under all of them), the total last: a group below
    /// the minimum is hidden, and where that leaves one hidden under a shown total, the next smallest
    /// too (`Suppression`), so no hidden count can be worked out by subtraction.
    func counts(_ groups: [Int], total: Int) -> [ReportValue] {
        if internalUse { return (groups + [total]).map { ReportValue(String($0), Double($0)) } }
        let hidden = Suppression.hidden(groups.enumerated().map { ($0.offset, $0.element) }, minimum: minimum, totalShown: total >= minimum)
        return groups.enumerated().map { g in
            guard hidden.contains(g.offset) else { return ReportValue(String(g.element), Double(g.element)) }
            return ReportValue(g.element < minimum ? hiddenText : alsoHiddenText, nil)
        } + [count(total)]
    }

    func number(_ x: Double?, digits: Int = 1) -> ReportValue {
        guard let x else { return ReportValue("–", nil) }
        return ReportValue(DecimalText.format(x, digits: digits, language: language), x)
    }

    var tooFew: String { t("for få til å sammenligne", "too few to compare") }

    /// The change from `before` to `after` in words and an arrow, as a share of before: "↓ 48 %".
    /// Fewer than the minimum cases on either side is too few; so is a hidden figure.
    func change(_ before: Int, _ after: Int) -> String {
        guard before >= minimum, after >= minimum else { return tooFew }
        let share = Double(after - before) / Double(before)
        let percent = DecimalText.percent(abs(share))
        if percent == 0 { return t("→ uendret", "→ unchanged") }
        return (after < before ? "↓ −" : "↑ +") + "\(percent) %"
    }

    /// The change between two figures measured on groups of `n` and `m`: "+4,2", or too few.
    func change(_ before: Double?, _ after: Double?, n: Int, m: Int, digits: Int = 1) -> String {
        guard let before, let after, n >= minimum, m >= minimum else { return tooFew }
        let delta = SurveyComparison.Change(before: before, after: after).shownDelta(digits: digits) ?? 0
        let text = DecimalText.format(abs(delta), digits: digits, language: language)
        if delta == 0 { return "→ " + text }
        return (delta < 0 ? "↓ −" : "↑ +") + text
    }

    func day(_ d: CalendarDate) -> String { DateWords.numeric(d, language) }

    func period(_ p: IndicatorPeriod) -> String { day(p.from) + "–" + day(p.to) }
}

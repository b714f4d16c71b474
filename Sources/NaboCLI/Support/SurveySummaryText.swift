import NaboCore

/// `nabo survey summary` for people: the index per address, then one line per statement.
enum SurveySummaryText {
    static func lines(_ r: SurveyResults, _ d: SurveyDisclosure, _ language: Language) -> [String] {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        let num = { (x: Double?) in x.map { DecimalText.format($0, language: language) } ?? "–" }
        var out = ["\(r.form.name) (\(t("versjon", "version")) \(r.form.version)) – \(t("runde", "round")) \(r.round): \(r.respondents.count) \(t("svar", r.respondents.count == 1 ? "response" : "responses"))"]
        if r.olderVersion > 0 {
            out.append(t("\(r.olderVersion) svar gjelder en eldre versjon av skjemaet.", "\(r.olderVersion) \(r.olderVersion == 1 ? "response" : "responses") answered an older version of the form."))
        }
        out += ["", t("Indeks (median, 0–100)", "Index (median, 0–100)")]
        let scopes = SurveyExport.scopes(r)
        let labels = scopes.map { SurveyExport.label($0, r, language) }
        let width = labels.map(\.count).max() ?? 0
        for (scope, label) in zip(scopes, labels) {
            let pad = label + String(repeating: " ", count: width - label.count)
            guard d.showsIndex(scope), let i = r.index(scope) else { out.append("  \(pad)  *"); continue }
            out.append("  \(pad)  \(num(i.median))  (\(i.indexed) \(t("med indeks", "with an index")) \(t("av", "of")) \(i.respondents))")
        }
        out += ["", t("Påstander: median, andel enig (5–7), antall svar, fordeling 1–7", "Statements: median, share agreeing (5–7), answered, distribution 1–7")]
        for s in r.statements {
            let id = s.statement.id
            let mark = s.statement.negative ? t(" (negativt formulert)", " (negatively worded)") : ""
            out.append(String(repeating: " ", count: max(0, 3 - id.count)) + id + "  " + s.statement.text(language) + mark)
            guard d.shows(statement: id, .all) else { out.append("     *"); continue }
            let share = s.total.agreeShare.map { "\(DecimalText.percent($0)) %" } ?? "–"
            out.append("     \(num(s.total.median))  \(share)  n=\(s.total.answered)  [" + s.total.counts.map(String.init).joined(separator: " ") + "]")
        }
        return out
    }
}

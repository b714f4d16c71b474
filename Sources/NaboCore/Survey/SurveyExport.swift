/// Survey results as files that may leave the office: every figure passes `SurveyDisclosure`, so no
/// group smaller than the minimum shows and none can be worked out from a total. With an earlier round
/// the change is given, only where the figure shows in both rounds.
public enum SurveyExport {
    public static func scopes(_ r: SurveyResults) -> [SurveyResults.Scope] {
        r.groups.map { .address($0.address) } + [.all]
    }

    public static func label(_ scope: SurveyResults.Scope, _ r: SurveyResults, _ language: Language) -> String {
        switch scope {
        case .all: return Message(nb: "Alle", en: "All").text(language)
        case .address(let a):
            return r.groups.first { $0.address == a }?.label ?? Message(nb: "Adresse ukjent", en: "Address unknown").text(language)
        }
    }

    public static func csv(_ r: SurveyResults, before: SurveyResults?, minimum: Int, language: Language, dialect: CSVDialect) -> CSVTable {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        let comma = dialect.decimalComma
        let after = SurveyDisclosure(r, minimum: minimum)
        let earlier = before.map { SurveyDisclosure($0, minimum: minimum) }
        let compare = before.map { SurveyComparison(before: $0, after: r) }
        var header = [t("Runde", "Round"), t("Del", "Part"), t("Påstand", "Statement"), t("Tekst", "Text"), t("Negativt formulert", "Negatively worded"),
                      t("Adresse", "Address"), t("Antall", "Count"), "Median", t("Enig (5-7) %", "Agree (5-7) %"), "1", "2", "3", "4", "5", "6", "7",
                      t("Indeks", "Index"), t("Skjult", "Suppressed")]
        if before != nil {
            header += [t("Sammenlignet med", "Compared with"), t("Median før", "Median before"), t("Enig % før", "Agree % before"),
                       t("Indeks før", "Index before"), t("Endring median", "Change in median"), t("Endring enig (prosentpoeng)", "Change in agree (points)"),
                       t("Endring indeks", "Change in index")]
        }
        var rows: [[String]] = []
        for scope in scopes(r) {
            let shown = after.showsIndex(scope)
            let result = r.index(scope)
            var row = [r.round, t("indeks", "index"), "", "", "", label(scope, r, language),
                       shown ? String(result?.indexed ?? 0) : ""] + Array(repeating: "", count: 9)
            row += [shown ? number(result?.median, comma) : "", VocabularyLabel.yesNo(!shown, language)]
            if let compare, let earlier, let before {
                let both = shown && earlier.showsIndex(scope)
                let change = compare.index(scope)
                row += [before.round, "", "", earlier.showsIndex(scope) ? number(change.before, comma) : "", "", "", both ? signed(change.shownDelta(digits: 1), comma) : ""]
            }
            rows.append(row)
        }
        for s in r.statements {
            let id = s.statement.id
            for scope in scopes(r) {
                let shown = after.shows(statement: id, scope)
                let d = r.distribution(id, scope) ?? Distribution()
                var row = [r.round, t("påstand", "statement"), id, s.statement.text(language), VocabularyLabel.yesNo(s.statement.negative, language),
                           label(scope, r, language)]
                row += shown ? [String(d.answered), number(d.median, comma), percent(d.agreeShare)] + d.counts.map(String.init)
                             : Array(repeating: "", count: 10)
                row += ["", VocabularyLabel.yesNo(!shown, language)]
                if let compare, let earlier, let before {
                    let was = earlier.shows(statement: id, scope)
                    let both = shown && was
                    let median = compare.median(id, scope), agree = compare.agreeShare(id, scope)
                    row += [before.round, was ? number(median.before, comma) : "", was ? percent(agree.before) : "", "",
                            both ? signed(median.shownDelta(digits: 1), comma) : "", both ? signedPoints(agree.shownDelta(digits: 0, scale: 100)) : "", ""]
                }
                rows.append(row)
            }
        }
        return CSVTable(header: header, rows: rows)
    }

    static func number(_ x: Double?, _ comma: Bool) -> String {
        x.map { DecimalText.format($0, comma: comma) } ?? ""
    }

    static func percent(_ share: Double?) -> String {
        share.map { String(DecimalText.percent($0)) } ?? ""
    }

    static func signed(_ x: Double?, _ comma: Bool) -> String {
        guard let x else { return "" }
        let text = DecimalText.format(x, comma: comma)
        return x > 0 && text != DecimalText.format(0, comma: comma) ? "+" + text : text
    }

    /// A change in a share, as whole percentage points (between the percentages as shown).
    static func signedPoints(_ points: Double?) -> String {
        guard let points else { return "" }
        let p = Int(points.rounded())
        return p > 0 ? "+\(p)" : String(p)
    }
}

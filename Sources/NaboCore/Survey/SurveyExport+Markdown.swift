extension SurveyExport {
    /// A report for the work group: the index per address, each statement for all respondents, then
    /// each statement per address. Hidden figures show as `*`, explained under the title.
    public static func markdown(_ r: SurveyResults, before: SurveyResults?, minimum: Int, language: Language) -> String {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        let comma = language == .nb
        let after = SurveyDisclosure(r, minimum: minimum)
        let earlier = before.map { SurveyDisclosure($0, minimum: minimum) }
        let compare = before.map { SurveyComparison(before: $0, after: r) }
        let scopes = scopes(r)
        var lines = ["# \(Markdown.cell(r.form.name)) – \(Markdown.cell(r.round))", ""]
        // Even the number who answered is a small group's figure when it is below the minimum.
        let count = r.respondents.count >= minimum
            ? t("\(r.respondents.count) svar.", "\(r.respondents.count) \(r.respondents.count == 1 ? "response" : "responses").")
            : t("Færre enn \(minimum) svar.", "Fewer than \(minimum) responses.")
        lines.append(t("Skjema versjon \(r.form.version). ", "Form version \(r.form.version). ") + count
                     + (before.map { t(" Sammenlignet med «\($0.round)».", " Compared with “\($0.round)”.") } ?? ""))
        if minimum > 0 {
            lines += ["", t("Tall for grupper med færre enn \(minimum) svar vises ikke (*). Der én gruppe er skjult under en sum, skjules også den nest minste, så ingen tall kan regnes ut ved å trekke fra.",
                            "Figures for groups of fewer than \(minimum) respondents are not shown (*). Where one group under a total is hidden, the next smallest is hidden too, so no figure can be worked out by subtraction.")]
        }
        lines += ["", "## " + t("Boindeks", "Living-experience index"), "",
                  t("Indeks 0–100 per beboer: snittet av svarene (negativt formulerte påstander snudd), regnet når minst to tredjedeler er besvart. Medianen per adresse.",
                    "Index 0–100 per resident: the mean of the answers (negatively worded statements reversed), computed when at least two thirds were answered. The median per address."),
                  ""]
        var head = "| " + t("Adresse", "Address") + " | " + t("Svar", "Responses") + " | " + t("Indeks (median)", "Index (median)") + " |"
        var rule = "| --- | ---: | ---: |"
        if let before {
            head += " " + t("Før", "Before") + " (\(Markdown.cell(before.round))) | " + t("Endring", "Change") + " |"
            rule += " ---: | ---: |"
        }
        lines += [head, rule]
        for scope in scopes {
            let shown = after.showsIndex(scope)
            let i = r.index(scope)
            var row = "| \(Markdown.cell(label(scope, r, language))) | \(shown ? String(i?.indexed ?? 0) : "*") | \(shown ? dash(number(i?.median, comma)) : "*") |"
            if let compare, let earlier {
                let was = earlier.showsIndex(scope)
                let change = compare.index(scope)
                row += " \(was ? dash(number(change.before, comma)) : "*") | \(shown && was ? marked(signed(change.shownDelta(digits: 1), comma), change.shownDelta(digits: 1)) : "*") |"
            }
            lines.append(row)
        }
        lines += ["", "## " + t("Påstander, alle adresser", "Statements, all addresses"), ""]
        head = "| # | " + t("Påstand", "Statement") + " | " + t("Svar", "Answered") + " | Median | " + t("Enig (5–7)", "Agree (5–7)") + " | 1 | 2 | 3 | 4 | 5 | 6 | 7 |"
        rule = "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
        if before != nil {
            head += " " + t("Endring median", "Change in median") + " | " + t("Endring enig", "Change in agree") + " |"
            rule += " ---: | ---: |"
        }
        lines += [head, rule]
        for s in r.statements {
            let id = s.statement.id
            let shown = after.shows(statement: id, .all)
            let text = Markdown.cell(s.statement.text(language)) + (s.statement.negative ? t(" (negativt formulert)", " (negatively worded)") : "")
            let d = s.total
            var row = "| \(id) | \(text) | " + (shown
                ? "\(d.answered) | \(dash(number(d.median, comma))) | \(dash(percentText(d.agreeShare))) | " + d.counts.map(String.init).joined(separator: " | ") + " |"
                : Array(repeating: "*", count: 10).joined(separator: " | ") + " |")
            if let compare, let earlier {
                let both = shown && earlier.shows(statement: id, .all)
                let m = compare.median(id, .all), a = compare.agreeShare(id, .all)
                let median = m.shownDelta(digits: 1), points = a.shownDelta(digits: 0, scale: 100)
                row += both ? " \(marked(signed(median, comma), median)) | \(marked(signedPoints(points), points)) |" : " * | * |"
            }
            lines.append(row)
        }
        let places = scopes.filter { $0 != .all }
        lines += ["", "## " + t("Påstander per adresse", "Statements per address"), "",
                  t("Hver celle: median / andel enig (antall svar)", "Each cell: median / share agreeing (number answered)")
                  + (before != nil ? t(", med endringen i medianen.", ", with the change in the median.") : "."), "",
                  "| # | " + places.map { Markdown.cell(label($0, r, language)) }.joined(separator: " | ") + " |",
                  "| ---: |" + String(repeating: " --- |", count: places.count)]
        for s in r.statements {
            let id = s.statement.id
            let cells = places.map { scope -> String in
                guard after.shows(statement: id, scope), let d = r.distribution(id, scope), d.answered > 0 else {
                    return after.shows(statement: id, scope) ? "–" : "*"
                }
                var cell = "\(dash(number(d.median, comma))) / \(dash(percentText(d.agreeShare))) (\(d.answered))"
                if let compare, let earlier, earlier.shows(statement: id, scope) {
                    let m = compare.median(id, scope)
                    if let delta = m.shownDelta(digits: 1) { cell += " " + marked(signed(delta, comma), delta) }
                }
                return cell
            }
            lines.append("| \(id) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dash(_ s: String) -> String { s.isEmpty ? "–" : s }

    static func percentText(_ share: Double?) -> String {
        share.map { "\(DecimalText.percent($0)) %" } ?? ""
    }

    /// A change with an arrow, so a reader scanning the table sees the direction first.
    static func marked(_ text: String, _ delta: Double?) -> String {
        guard let delta, !text.isEmpty else { return "–" }
        let arrow = text.hasPrefix("+") ? "↑" : delta < 0 && text.hasPrefix("-") ? "↓" : "="
        return arrow + " " + text
    }
}

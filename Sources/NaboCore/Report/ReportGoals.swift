/// The first chapter, as the plan's chapters are written: for each goal and sub-goal its method,
/// means, the measures that serve it and their status, the evaluation and recommendation in the
/// project's own words, and beside them the figures the goal counts, over all addresses in scope.
extension ReportContext {
    func goalsChapter() -> ReportChapter {
        let tree = Goal.tree(replica)
        guard !tree.isEmpty else {
            return ReportChapter(id: "goals", title: t("Mål og resultater", "Goals and results"),
                                 blocks: [.paragraph(t("Prosjektet har ingen mål registrert. Legg dem inn med nabo add goal.",
                                                       "The project has no goals recorded. Add them with nabo add goal."))])
        }
        var blocks: [ReportBlock] = []
        for (goal, depth) in tree {
            blocks.append(.heading(heading(goal, depth: depth)))
            var facts: [ReportFact] = []
            if let m = goal.method { facts.append(ReportFact(t("Metode", "Method"), mask(m))) }
            if let m = goal.means { facts.append(ReportFact(t("Virkemidler", "Means"), mask(m))) }
            if !facts.isEmpty { blocks.append(.facts(facts)) }
            let served = measureLines(goal)
            if !served.isEmpty {
                blocks.append(.paragraph(t("Tiltak:", "Measures:")))
                blocks.append(.list(served))
            }
            blocks += eventFigures(goal) + indicatorFigures(goal)
            var judged: [ReportFact] = []
            if let e = goal.evaluation { judged.append(ReportFact(t("Evaluering", "Evaluation"), mask(e))) }
            if let r = goal.recommendation { judged.append(ReportFact(t("Anbefaling", "Recommendation"), mask(r))) }
            if !judged.isEmpty { blocks.append(.facts(judged)) }
        }
        return ReportChapter(id: "goals", title: t("Mål og resultater", "Goals and results"), blocks: blocks)
    }

    func heading(_ goal: Goal, depth: Int) -> String {
        let title = mask(goal.title)
        if depth == 0 { return t("Hovedmål", "Main goal") + ": " + title }
        return t("Delmål", "Sub-goal") + (goal.number.map { " " + $0 } ?? "") + ": " + title
    }

    /// One line per plan item: its title and each address's status, "Låse loftet: Utført (Runarveien 1)".
    func measureLines(_ goal: Goal) -> [String] {
        let wanted = Set(goal.measures)
        let served = measures.filter { wanted.contains($0.id) }
        var order: [String] = []
        var byTitle: [String: [Measure]] = [:]
        for m in served {
            if byTitle[m.title] == nil { order.append(m.title) }
            byTitle[m.title, default: []].append(m)
        }
        return order.map { title in
            let each = byTitle[title]!.map { m in status(m.statusValue) + " (" + label(m.address ?? "") + ")" }
            return mask(title) + ": " + each.joined(separator: ", ")
        }
    }

    /// The goal's event kinds over all addresses in scope, one bar per period.
    func eventFigures(_ goal: Goal) -> [ReportBlock] {
        let kinds = goal.events.compactMap(EventKind.init(rawValue:))
        guard !kinds.isEmpty else { return [] }
        let groups = kinds.map { kind in
            let c = counts(kind.rawValue)
            return ReportBarChart.Group(label: VocabularyLabel.text(kind.rawValue, language), values: c.map { figures.count($0) },
                                        comparison: hasBaseline ? comparison(c.first!, c.last!, shown: c.map { figures.count($0) }) : "")
        }
        return [.bars(ReportBarChart(caption: t("Hendelser telt for målet, alle adresser", "Events counted for the goal, all addresses"),
                                     series: periodNames, groups: groups, comparisonLabel: hasBaseline ? t("Endring", "Change") : ""))]
    }

    /// A change shown only where neither figure is hidden: one below the minimum is too few to
    /// compare, one hidden beside another is hidden in the change too.
    func comparison(_ before: Int, _ after: Int, shown: [ReportValue]) -> String {
        if shown.contains(where: { $0.text == figures.hiddenText }) { return figures.tooFew }
        if shown.contains(where: { $0.value == nil }) { return figures.alsoHiddenText }
        return figures.change(before, after)
    }

    func indicatorFigures(_ goal: Goal) -> [ReportBlock] {
        let wanted = goal.indicators.compactMap(Indicator.init(rawValue:))
        guard !wanted.isEmpty else { return [] }
        let rows = wanted.map { [$0.label.text(language)] + indicatorValues($0).map(\.text) }
        return [.table(ReportTable(caption: t("Tall for målet, alle adresser", "Figures for the goal, all addresses"),
                                   header: [t("Hva", "What")] + periodNames, rows: rows, numeric: Set(1...periods.count)))]
    }

    /// An indicator over all addresses in scope, per period. A mean or a median is shown only where
    /// the group it is taken over is at least the minimum; counts of measures are never hidden.
    func indicatorValues(_ indicator: Indicator) -> [ReportValue] {
        switch indicator {
        case .surveyIndex:
            let n = counts(Indicator.surveyResponses.rawValue)
            return periods.indices.map { p in
                let sum = addresses.reduce(0.0) { acc, a in
                    let mean = values(indicator.rawValue, at: a)[p] ?? 0
                    return acc + mean * Double(counts(Indicator.surveyResponses.rawValue, at: a)[p])
                }
                return n[p] == 0 ? figures.number(nil) : hiddenUnlessEnough(figures.number(sum / Double(n[p])), n[p])
            }
        case .daysToTellBack:
            let told = counts(Indicator.inputsToldBack.rawValue)
            return periods.indices.map { p in hiddenUnlessEnough(figures.number(participation.medianDays[p], digits: 0), told[p]) }
        case .measuresDone, .measuresLate, .waitingOnByggdrift:
            return counts(indicator.rawValue).map { figures.count($0, aboutResidents: false) }
        case .residentsFollowedUp:
            return participation.followedUp.map { figures.count($0) }
        default:
            return counts(indicator.rawValue).map { figures.count($0) }
        }
    }

    func hiddenUnlessEnough(_ value: ReportValue, _ n: Int) -> ReportValue {
        options.internalUse || n >= figures.minimum || value.value == nil ? value : ReportValue(figures.hiddenText, nil)
    }
}

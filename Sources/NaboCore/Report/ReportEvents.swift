/// The counted events per address, the baseline period against the project period: one chart per
/// kind that happened in either, each address and all of them, with the change where both periods
/// have enough cases to compare.
extension ReportContext {
    func eventsChapter() -> ReportChapter {
        var blocks: [ReportBlock] = [.paragraph(t(
            "Hendelsene er det medarbeiderne har ført i Nabo: en klage eller en henvendelse som ikke ble ført, telles ikke.",
            "The events are what the workers recorded in Nabo: a complaint or a request nobody recorded is not counted."))]
        let kinds = EventKind.allCases.filter { kind in counts(kind.rawValue).contains { $0 > 0 } }
        if kinds.isEmpty { blocks.append(.paragraph(t("Ingen hendelser er ført i periodene.", "No events were recorded in the periods."))) }
        for kind in kinds {
            blocks.append(.bars(eventChart(kind)))
        }
        if hasBaseline {
            blocks.append(.caution(t(
                "Før og etter er to målinger, ikke et forsøk: en endring viser ikke at prosjektet var årsaken. Andre ting har også endret seg.",
                "Before and after are two measurements, not an experiment: a change does not show that the project caused it. Other things changed too.")))
        }
        return ReportChapter(id: "events", title: t("Hendelser per adresse", "Events per address"), blocks: blocks)
    }

    func eventChart(_ kind: EventKind) -> ReportBarChart {
        let perAddress = addresses.map { counts(kind.rawValue, at: $0) }
        let totals = counts(kind.rawValue)
        // Each period is suppressed as a column: addresses under their total.
        let shown = periods.indices.map { p in figures.counts(perAddress.map { $0[p] }, total: totals[p]) }
        let labels = addresses.map(label) + [t("Alle adresser", "All addresses")]
        let raw = perAddress + [totals]
        let groups = labels.indices.map { g in
            let values = periods.indices.map { shown[$0][g] }
            return ReportBarChart.Group(label: labels[g], values: values,
                                        comparison: hasBaseline ? comparison(raw[g].first!, raw[g].last!, shown: values) : "")
        }
        return ReportBarChart(caption: VocabularyLabel.text(kind.rawValue, language), series: periodNames, groups: groups,
                              comparisonLabel: hasBaseline ? t("Endring", "Change") : "")
    }
}

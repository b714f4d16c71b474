/// The action plan as it stands and as it went: the measures per address by where they are, what is
/// late and who it waits for, each measure's path through its statuses, and the visits and
/// follow-up month by month (counts, never names).
extension ReportContext {
    func planChapter() -> ReportChapter {
                let today = options.today
        let byAddress = Dictionary(grouping: measures) { $0.address ?? "" }
        let summaryRows = (addresses.map(Optional.some) + [nil]).map { a -> [String] in
            let here = a.map { byAddress[$0] ?? [] } ?? measures
            let row = [here.count, here.filter(\.isDone).count, here.filter { !$0.isDone }.count,
                       here.filter { $0.isLate(today: today) }.count, here.filter(\.waitsOnByggdrift).count]
            return [a.map(label) ?? t("Alle adresser", "All addresses")] + row.map(String.init)
        }
        var blocks: [ReportBlock] = [
            .table(ReportTable(caption: t("Tiltakene per adresse per \(figures.day(today))", "The measures per address on \(figures.day(today))"),
                               header: [t("Adresse", "Address"), t("Tiltak", "Measures"), t("Utført", "Done"), t("Åpne", "Open"),
                                        t("Forsinket", "Late"), t("Venter på Byggdrift", "Waiting on Byggdrift")],
                               rows: summaryRows, numeric: Set(1...5))),
        ]
        let late = measures.filter { $0.isLate(today: today) }.sorted { ($0.due!, $0.title, $0.id) < ($1.due!, $1.title, $1.id) }
        blocks.append(late.isEmpty ? .paragraph(t("Ingen tiltak er forsinket.", "No measure is late.")) : .table(ReportTable(
            caption: t("Forsinkede tiltak og hvem de venter på", "Late measures and who they wait for"),
            header: [t("Tiltak", "Measure"), t("Adresse", "Address"), t("Frist", "Due"), t("Status", "Status"), t("Ansvarlig", "Responsible"),
                     t("Forutsetning", "Precondition")],
            rows: late.map { m in
                [mask(m.title), label(m.address ?? ""), figures.day(m.due!), status(m.statusValue), VocabularyLabel.text(m.responsibleValue, language),
                 mask(m.precondition ?? "")]
            })))
        blocks.append(.table(ReportTable(
            caption: t("Hvert tiltaks vei gjennom statusene", "Each measure's path through its statuses"),
            header: [t("Tiltak", "Measure"), t("Adresse", "Address"), t("Vei", "Path")],
            rows: measures.map { m in [mask(m.title), label(m.address ?? ""), pathText(m)] })))
        blocks.append(.bars(monthChart()))
        return ReportChapter(id: "plan", title: t("Handlingsplanen og oppfølgingen", "The action plan and the follow-up"), blocks: blocks)
    }

    /// "Ikke startet 08.02.2026 → Pågår 15.02.2026 → Utført 15.03.2026"; without a history, the status
    /// as it is and the day it was set.
    func pathText(_ m: Measure) -> String {
        let steps = paths[m.id]?.steps ?? m.statusChanged.map { [MeasurePath.Step(day: $0, status: m.statusValue)] } ?? []
        return steps.map { status($0.status) + " " + figures.day($0.day) }.joined(separator: " → ")
    }

    func monthChart() -> ReportBarChart {
        let groups = participation.months.map { m in
            ReportBarChart.Group(label: DateWords.monthYear(m.period.from, language), values: [figures.count(m.visits), figures.count(m.residents)])
        }
        return ReportBarChart(caption: t("Besøk og beboere fulgt opp per måned i prosjektperioden", "Visits and residents followed up per month in the project period"),
                              series: [t("Besøk", "Visits"), t("Beboere fulgt opp", "Residents followed up")], groups: groups)
    }
}

@testable import NaboCore

/// A report with every kind of block, a hidden figure and a hidden row, Norwegian letters, and
/// texts a hostile file could hold, for the writers to lay out.
enum ReportFixture {
    static let hostile = "<script>alert(1)</script> & \"quotes\" 'single'"

    static func document(internalUse: Bool = false, language: Language = .nb) -> ReportDocument {
        ReportDocument(
            language: language, title: "Evaluering – Bomiljø Tøyenåsen " + hostile,
            subtitle: "Prosjektperiode 1. jan. 2025–31. des. 2025 · grunnlag 2024 · Ærfuglveien 3, Østre gate 12",
            internalUse: internalUse, internalMark: "INTERNT – inneholder navn og eksakte tall",
            preface: ["Tall under 5 vises som <5, og et tall som kunne regnes ut av de andre er også skjult.", hostile],
            chapters: [goals, events, survey, limits])
    }

    static let goals = ReportChapter(id: "goals", title: "Mål og delmål", blocks: [
        .heading("1. Trygge bomiljø " + hostile),
        .facts([ReportFact("Metode", "Dørbank og beboermøter på kveldstid.\nTo runder med kartlegging."),
                ReportFact("Virkemidler", "Dugnader, vaktmester, samarbeid med Fjellheim borettslag " + hostile)]),
        .list(["Ny belysning i bakgården (ferdig)", "Låsbytte på sykkelbod (forsinket, venter på Utleie)", hostile]),
        .paragraph("Evalueringen: beboerne sier de føler seg tryggere, men tallene er små."),
    ])

    static let events = ReportChapter(id: "events", title: "Hendelser per adresse", blocks: [
        .bars(ReportBarChart(caption: "Klager på støy " + hostile, series: ["Grunnlag 2024", "Prosjekt 2025"], groups: [
            .init(label: "Ærfuglveien 3", values: [ReportValue("25", 25), ReportValue("13", 13)], comparison: "−48 %"),
            .init(label: "Østre gate 12 med en svært lang adresse som må brytes over flere linjer i diagrammet", values: [ReportValue("<5", nil), ReportValue("7", 7)], comparison: "for få til å sammenligne"),
            .init(label: "Alle adresser", values: [ReportValue("29", 29), ReportValue("20", 20)], comparison: "−31 %"),
        ], comparisonLabel: "Endring")),
        .caution("Før og etter er to målinger, ikke et forsøk: en endring viser ikke at prosjektet var årsaken. " + hostile),
    ])

    static let survey = ReportChapter(id: "survey", title: "Kartleggingen", blocks: [
        .bars(ReportBarChart(caption: "Boindeks per adresse (median, 0–100)", series: ["Høst 2024", "Høst 2025"], groups: [
            .init(label: "Ærfuglveien 3", values: [ReportValue("58,3 (n = 12)", 58.3), ReportValue("66,7 (n = 14)", 66.7)], comparison: "+8,4"),
            .init(label: "Østre gate 12", values: [ReportValue("<5", nil), ReportValue("<5", nil)], comparison: "for få til å sammenligne"),
        ], comparisonLabel: "Endring")),
        .table(ReportTable(caption: "Andel enige per påstand, alle adresser", header: ["Påstand", "Enig (5–7) Høst 2024", "Enig (5–7) Høst 2025", "Endring (prosentpoeng)"], rows: [
            ["P1. Jeg føler meg trygg i oppgangen " + hostile, "50 % (n = 12)", "71 % (n = 14)", "+21"],
            ["P2. Jeg kjenner naboene mine", "<5", "64 % (n = 14)", "for få til å sammenligne"],
        ], numeric: [1, 2, 3])),
        .stacked(ReportStackedChart(caption: "P1. Jeg føler meg trygg i oppgangen", categories: (1...7).map(String.init), rows: [
            .init(label: "Høst 2024 · Alle adresser", counts: [2, 1, 1, 2, 3, 2, 1], total: "n = 12"),
            .init(label: "Høst 2025 · Alle adresser", counts: [0, 1, 1, 2, 4, 4, 2], total: "n = 14"),
            .init(label: "Høst 2025 · Østre gate 12", counts: [], total: "<5"),
        ])),
    ])

    static let limits = ReportChapter(id: "limits", title: "Hva tallene ikke kan si", blocks: [
        .paragraph("Der en av periodene har færre enn 5 tilfeller, står det «for få til å sammenligne»."),
        .caution("Ingen årsak er påstått der det bare finnes et før og et etter."),
    ])
}

/// What the data cannot say, gathered from the chapters before it: every comparison too small to
/// make, that before and after is no proof of cause, periods of unequal length, and how small
/// counts were hidden.
extension ReportContext {
    func limitsChapter(after chapters: [ReportChapter]) -> ReportChapter {
        var blocks: [ReportBlock] = [.caution(t(
            "Rapporten sammenligner perioder før og under prosjektet på de samme adressene. Uten en sammenligningsgruppe kan den ikke si at prosjektet var årsaken til en endring.",
            "The report compares periods before and during the project at the same addresses. Without a comparison group it cannot say that the project caused a change."))]
        if let b = options.baseline {
            let (x, y) = (b.to.dayNumber - b.from.dayNumber + 1, options.period.to.dayNumber - options.period.from.dayNumber + 1)
            if abs(x - y) * 20 > max(x, y) {
                blocks.append(.caution(t("Periodene er ulike lange (\(x) og \(y) dager): sammenlign antall med forsiktighet.",
                                         "The periods differ in length (\(x) and \(y) days): compare counts with care.")))
            }
        } else {
            blocks.append(.paragraph(t("Ingen grunnlagsperiode er gitt, så ingenting er sammenlignet med tiden før prosjektet.",
                                       "No baseline period is given, so nothing is compared with the time before the project.")))
        }
        // Per address and in all, as the events and survey chapters show them; the goals' totals repeat these.
        let tooFew = chapters.filter { $0.id != "goals" }.flatMap { chapter in
            chapter.blocks.compactMap { block -> String? in
                guard case .bars(let chart) = block else { return nil }
                let few = chart.groups.filter { $0.comparison == figures.tooFew }.map(\.label)
                guard !few.isEmpty else { return nil }
                // A city's thousand addresses are counted, not named.
                return chart.caption + ": " + (few.count <= 12 ? few.joined(separator: ", ")
                    : t("\(few.count) av \(chart.groups.count) rader", "\(few.count) of \(chart.groups.count) rows"))
            }
        }
        if !tooFew.isEmpty {
            blocks.append(.paragraph(t("Der en av periodene har færre enn \(figures.minimum) tilfeller, står det «for få til å sammenligne», uten pil eller endring. Det gjelder:",
                                       "Where either period has fewer than \(figures.minimum) cases it reads “too few to compare”, with no arrow or change. That is so for:")))
            blocks.append(.list(tooFew))
        }
        blocks.append(.paragraph(options.internalUse
            ? t("Denne utgaven er til intern bruk: den har nøyaktige tall også for små grupper.", "This copy is for internal use: it has exact counts for small groups too.")
            : t("Tall som gjelder færre enn \(figures.minimum) beboere vises som «<\(figures.minimum)». Der én gruppe er skjult under en sum, skjules også den nest minste og står som «skjult», så ingen tall kan regnes ut ved å trekke fra. Ingen beboer er nevnt ved navn.",
                "Counts that concern fewer than \(figures.minimum) residents show as “<\(figures.minimum)”. Where one group under a total is hidden, the next smallest is hidden too and reads “hidden”, so no figure can be worked out by subtraction. No resident is named.")))
        return ReportChapter(id: "limits", title: t("Hva tallene ikke kan si", "What the figures cannot say"), blocks: blocks)
    }
}

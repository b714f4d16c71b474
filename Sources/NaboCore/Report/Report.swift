/// The evaluation report, made from the records as they are: the goals with their figures, the
/// counted events, the survey, participation, the action plan, and what the data cannot say. Every
/// figure that leaves the office passes `ReportFigures`; `--internal` keeps exact counts and names.
public enum Report {
    /// `paths`: each measure's statuses from its history, which the store reads; a measure without
    /// one shows its status as it is.
    public static func document(_ replica: Replica, _ options: ReportOptions, paths: [String: MeasurePath] = [:]) -> ReportDocument {
        let c = ReportContext(replica, options, paths: paths)
        var chapters = [c.goalsChapter(), c.eventsChapter(), c.surveyChapter(), c.participationChapter(), c.planChapter()]
        chapters.append(c.limitsChapter(after: chapters))
        return ReportDocument(language: options.language, title: c.title, subtitle: c.subtitle, internalUse: options.internalUse,
                              internalMark: c.internalMark, preface: c.preface, chapters: chapters)
    }
}

extension ReportContext {
    var projectName: String { Project.of(replica)?.name.map { mask($0) } ?? "Nabo" }

    var title: String { t("Evaluering", "Evaluation") + " – " + projectName }

    var subtitle: String {
        var parts = [t("Prosjektperiode", "Project period") + " " + figures.period(options.period)]
        if let b = options.baseline { parts.append(t("grunnlag", "baseline") + " " + figures.period(b)) }
        parts.append(addresses.count <= 3 ? addresses.map(label).joined(separator: ", ") : EntityType.address.countWords(addresses.count).text(language))
        return parts.joined(separator: " · ")
    }

    var internalMark: String {
        t("INTERNT – har navn og nøyaktige tall; skal ikke ut av kontoret", "INTERNAL – holds names and exact counts; not to leave the office")
    }

    var preface: [String] {
        [t("Laget av Nabo \(figures.day(options.today)) fra det medarbeiderne har ført.", "Made by Nabo on \(figures.day(options.today)) from what the workers recorded."),
         options.internalUse ? internalMark
             : t("Ingen beboer er nevnt ved navn, og tall som gjelder færre enn \(figures.minimum) beboere vises som «<\(figures.minimum)».",
                 "No resident is named, and counts that concern fewer than \(figures.minimum) residents show as “<\(figures.minimum)”.")]
    }
}

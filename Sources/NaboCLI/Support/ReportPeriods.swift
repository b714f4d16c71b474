import NaboCore

/// The periods a report covers, from its flags: the project's by default; a project period given
/// alone is compared with as many days just before it, so before and after are as long.
enum ReportPeriods {
    static func chosen(_ replica: Replica, today: CalendarDate, from: String?, to: String?, baselineFrom: String?, baselineTo: String?) throws(Message) -> ReportOptions {
        let first = try DateOption.day(from, option: "from"), last = try DateOption.day(to, option: "to")
        let baseFirst = try DateOption.day(baselineFrom, option: "baseline-from"), baseLast = try DateOption.day(baselineTo, option: "baseline-to")
        let project = ReportOptions.project(replica, today: today)
        guard let start = first ?? project?.period.from else {
            throw Message(nb: "Prosjektet har ingen start ennå: gi --from DATO --to DATO, eller sett den med nabo set project --start DATO.",
                          en: "The project has no start yet: give --from DATE --to DATE, or set it with nabo set project --start DATE.")
        }
        let end = last ?? (first == nil ? project?.period.to : nil) ?? today
        guard start <= end else { throw Message(nb: "--to kan ikke være før --from.", en: "--to cannot be before --from.") }
        let length = end.dayNumber - start.dayNumber
        var baseline: IndicatorPeriod?
        switch (baseFirst, baseLast) {
        case (nil, nil):
            baseline = first == nil && last == nil ? project?.baseline : IndicatorPeriod(from: start.adding(days: -length - 1), to: start.adding(days: -1))
        case let (b?, nil): baseline = IndicatorPeriod(from: b, to: start.adding(days: -1))
        case let (nil, e?): baseline = IndicatorPeriod(from: e.adding(days: -length), to: e)
        case let (b?, e?): baseline = IndicatorPeriod(from: b, to: e)
        }
        if let b = baseline {
            guard b.from <= b.to else { throw Message(nb: "--baseline-to kan ikke være før --baseline-from.", en: "--baseline-to cannot be before --baseline-from.") }
            guard b.to < start else {
                throw Message(nb: "Grunnlagsperioden må slutte før prosjektperioden begynner (\(DateWords.numeric(start, .nb))).",
                              en: "The baseline period must end before the project period begins (\(DateWords.numeric(start, .en))).")
            }
        }
        return ReportOptions(period: IndicatorPeriod(from: start, to: end), baseline: baseline, language: .nb, today: today)
    }
}

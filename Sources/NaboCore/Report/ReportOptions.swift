/// What a report covers: the project period and the baseline it is compared with, the addresses
/// (nil: all), the language, and whether it stays in the office (`internalUse`: names and exact
/// counts). `today` dates what only the present can say: what is late, what waits on Byggdrift.
public struct ReportOptions: Hashable, Sendable {
    public var period: IndicatorPeriod
    public var baseline: IndicatorPeriod?
    public var addresses: Set<String>?
    public var language: Language
    public var internalUse: Bool
    public var today: CalendarDate

    public init(period: IndicatorPeriod, baseline: IndicatorPeriod?, addresses: Set<String>? = nil, language: Language,
                internalUse: Bool = false, today: CalendarDate) {
        self.period = period
        self.baseline = baseline
        self.addresses = addresses
        self.language = language
        self.internalUse = internalUse
        self.today = today
    }

    /// The project's own periods, as `nabo indicators` takes them: nil when no project is set.
    public static func project(_ replica: Replica, today: CalendarDate) -> (period: IndicatorPeriod, baseline: IndicatorPeriod?)? {
        guard Project.of(replica)?.start != nil else { return nil }
        let periods = Indicators.defaultPeriods(replica, today: today)
        return (periods.last!, periods.count > 1 ? periods.first : nil)
    }

    /// The periods from what a worker chose: the project's by default; a project period given alone
    /// is compared with as many days just before it, so before and after are as long.
    public static func chosen(_ replica: Replica, today: CalendarDate, from first: CalendarDate?, to last: CalendarDate?,
                              baselineFrom baseFirst: CalendarDate?, baselineTo baseLast: CalendarDate?) throws(Message) -> ReportOptions {
        let project = ReportOptions.project(replica, today: today)
        guard let start = first ?? project?.period.from else {
            throw Message(nb: "Prosjektet har ingen start ennå: gi --from DATO --to DATO, eller sett den med nabo set project --start DATO.",
                          en: "The project has no start yet: give --from DATE --to DATE, or set it with nabo set project --start DATE.")
        }
        let end = last ?? (first == nil ? project?.period.to : nil) ?? today
        guard start <= end else { throw Message(nb: "Periodens siste dag (--to) kan ikke være før den første (--from).", en: "The period's last day (--to) cannot be before its first (--from).") }
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
            guard b.from <= b.to else { throw Message(nb: "Grunnlagets siste dag (--baseline-to) kan ikke være før den første (--baseline-from).",
                                                en: "The baseline's last day (--baseline-to) cannot be before its first (--baseline-from).") }
            guard b.to < start else {
                throw Message(nb: "Grunnlagsperioden må slutte før prosjektperioden begynner (\(DateWords.numeric(start, .nb))).",
                              en: "The baseline period must end before the project period begins (\(DateWords.numeric(start, .en))).")
            }
        }
        return ReportOptions(period: IndicatorPeriod(from: start, to: end), baseline: baseline, language: .nb, today: today)
    }
}

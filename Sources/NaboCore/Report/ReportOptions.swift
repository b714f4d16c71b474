/// What a report covers: the project period and the baseline it is compared with, the addresses
/// (nil: all), the language, and whether it stays in the office (`internalUse`: names and exact
/// counts). `today` dates what only the present can say: what is late, what waits on Byggdrift.
public struct ReportOptions: Equatable, Sendable {
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
}

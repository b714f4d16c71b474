/// `nabo indicators`: each counted event kind and each `Indicator` per address and period, from
/// the records as they are. A record counts in the period its day falls in (an event's date, a
/// visit's, an input's for received and its answer's for told back, a measure's status change to
/// done), at the address it is at (a resident's input and answers where the resident lives).
public struct Indicators: Sendable {
    public struct Row: Equatable, Sendable {
        public var address: String
        /// An `EventKind` or an `Indicator`, by its stored name.
        public var key: String
        /// One a period; nil where nothing can be said (no median of no answers).
        public var values: [Double?]
    }

    public var periods: [IndicatorPeriod]
    public var rows: [Row]
    /// Per period, the residents visited at any of the addresses, each once: not the sum of the
    /// addresses' counts, which counts a resident visited at two of them twice.
    public var residentsFollowedUp: [Int]

    /// `addresses`: nil for every address. `today` dates what only the present can say (waiting on Byggdrift).
    public init(_ replica: Replica, periods: [IndicatorPeriod], addresses: Set<String>? = nil, today: CalendarDate) {
        self.periods = periods
        let wanted = replica.records(EntityType.address.rawValue).filter { !$0.isDeleted && (addresses?.contains($0.id) ?? true) }
            .sorted { AddressText.short($0) < AddressText.short($1) }.map(\.id)
        var tally = Tally(periods: periods, addresses: Set(wanted))
        tally.count(replica, today: today)
        residentsFollowedUp = tally.followedUpAnywhere.map(\.count)
        rows = wanted.flatMap { address in
            EventKind.allCases.map { Row(address: address, key: $0.rawValue, values: tally.values(address, $0.rawValue)) }
                + Indicator.allCases.map { Row(address: address, key: $0.rawValue, values: tally.values(address, $0.rawValue)) }
        }
    }

    /// The periods a command gets when none are asked for: the project's baseline and the project
    /// itself, each whole; without a project, the last twelve months.
    public static func defaultPeriods(_ replica: Replica, today: CalendarDate) -> [IndicatorPeriod] {
        guard let project = Project.of(replica), let start = project.start else {
            return [IndicatorPeriod(from: today.adding(days: -364), to: today)]
        }
        let end = project.end.map { min($0, today) } ?? today
        var out: [IndicatorPeriod] = []
        if let baseline = project.baselineStart { out.append(IndicatorPeriod(from: baseline, to: start.adding(days: -1))) }
        out.append(IndicatorPeriod(from: start, to: max(start, end)))
        return out
    }
}

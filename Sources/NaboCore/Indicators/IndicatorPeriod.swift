/// A stretch of days the indicators count over, both ends included, named as a table heads it.
public struct IndicatorPeriod: Hashable, Sendable {
    public var from: CalendarDate
    public var to: CalendarDate
    /// "2026-11", "2026-Q4", or the whole period as "2026-01-01–2026-10-31".
    public var label: String

    public init(from: CalendarDate, to: CalendarDate, label: String? = nil) {
        self.from = from
        self.to = to
        self.label = label ?? from.iso + "–" + to.iso
    }

    public func contains(_ day: CalendarDate?) -> Bool {
        guard let day else { return false }
        return from <= day && day <= to
    }

    public enum Step: String, CaseIterable, Sendable {
        case month, quarter
    }

    /// The period cut into calendar months or quarters; the first and last may be parts of one,
    /// and are still named for the whole month or quarter they lie in.
    public func split(by step: Step) -> [IndicatorPeriod] {
        var out: [IndicatorPeriod] = []
        var start = from
        while start <= to {
            let months = step == .month ? 1 : 3
            let firstMonth = step == .month ? start.month : (start.month - 1) / 3 * 3 + 1
            let nextMonth = firstMonth + months
            let next = CalendarDate(year: start.year + (nextMonth > 12 ? 1 : 0), month: (nextMonth - 1) % 12 + 1, day: 1)!
            let end = min(next.adding(days: -1), to)
            let label = step == .month ? String(start.iso.prefix(7)) : "\(start.year)-Q\((firstMonth - 1) / 3 + 1)"
            out.append(IndicatorPeriod(from: start, to: end, label: label))
            start = next
        }
        return out
    }
}

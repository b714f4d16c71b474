import NaboCore

/// The indicators screen's rows: each count that is not zero in every period, per address, over
/// the project's periods (the baseline, then the project), as `nabo indicators` counts them, and
/// the same counts month by month within each period for the bars over time.
struct IndicatorRows: Sendable {
    let periods: [IndicatorPeriod]
    let rows: [Indicators.Row]
    /// Each row's values month by month, one list per period.
    let monthly: [[[Double?]]]
    /// Each row's address title and label, folded for the search.
    let searchKeys: [[UInt8]]
    let addressTitles: [String: String]

    init(_ replica: Replica, today: CalendarDate) {
        let table = Indicators(replica, periods: Indicators.defaultPeriods(replica, today: today), today: today)
        periods = table.periods
        let months = periods.map { $0.split(by: .month) }
        // A second pass, since a day counts in the first period that holds it: the months are a table of their own.
        let byMonth = Indicators(replica, periods: months.flatMap { $0 }, today: today)
        let kept = zip(table.rows, byMonth.rows).filter { $0.0.values.contains { ($0 ?? 0) != 0 } }
        rows = kept.map(\.0)
        monthly = kept.map { _, row in
            var start = 0
            return months.map { period in
                defer { start += period.count }
                return Array(row.values[start..<start + period.count])
            }
        }
        var titles: [String: String] = [:]
        for row in rows where titles[row.address] == nil { titles[row.address] = AddressText.short(row.address, in: replica) }
        addressTitles = titles
        searchKeys = rows.map { row in
            TextFolding.searchKey((titles[row.address] ?? "") + " " + IndicatorText.label(row.key).nb + " " + IndicatorText.label(row.key).en)
        }
    }
}

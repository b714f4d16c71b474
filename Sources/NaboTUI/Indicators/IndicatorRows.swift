import NaboCore

/// The indicators screen's rows: each count that is not zero in every period, per address, over
/// the project's periods (the baseline, then the project), as `nabo indicators` counts them.
struct IndicatorRows: Sendable {
    let periods: [IndicatorPeriod]
    let rows: [Indicators.Row]
    /// Each row's address title and label, folded for the search.
    let searchKeys: [[UInt8]]
    let addressTitles: [String: String]

    init(_ replica: Replica, today: CalendarDate) {
        let table = Indicators(replica, periods: Indicators.defaultPeriods(replica, today: today), today: today)
        periods = table.periods
        rows = table.rows.filter { $0.values.contains { ($0 ?? 0) != 0 } }
        var titles: [String: String] = [:]
        for row in rows where titles[row.address] == nil { titles[row.address] = AddressText.short(row.address, in: replica) }
        addressTitles = titles
        searchKeys = rows.map { row in
            TextFolding.searchKey((titles[row.address] ?? "") + " " + IndicatorText.label(row.key).nb + " " + IndicatorText.label(row.key).en)
        }
    }
}

import NaboCore

/// The periods a report covers, from its flags, read as dates and chosen by `ReportOptions.chosen`.
enum ReportPeriods {
    static func chosen(_ replica: Replica, today: CalendarDate, from: String?, to: String?, baselineFrom: String?, baselineTo: String?) throws(Message) -> ReportOptions {
        let first = try DateOption.day(from, option: "from"), last = try DateOption.day(to, option: "to")
        let baseFirst = try DateOption.day(baselineFrom, option: "baseline-from"), baseLast = try DateOption.day(baselineTo, option: "baseline-to")
        return try ReportOptions.chosen(replica, today: today, from: first, to: last, baselineFrom: baseFirst, baselineTo: baseLast)
    }
}

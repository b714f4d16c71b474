import NaboCore

/// The report `:rapport` is about to write, shown in a box until the worker answers: the periods
/// it covers (the project's unless typed after the command), the format, whether it stays in the
/// office, or the short status instead.
public struct ReportOrder: Hashable, Sendable {
    public var request: ReportRequest

    public init(_ request: ReportRequest) { self.request = request }

    /// `:rapport [FRA TIL [GRUNNLAG-FRA GRUNNLAG-TIL]]`, read as `nabo report` reads its dates and
    /// chosen by the same rule; html, outside the office, by default.
    static func typed(_ words: [String], status: Bool, directory: Directory, language: Language) throws(Message) -> ReportOrder {
        guard [0, 2, 4].contains(words.count) else { throw ReportText.usage }
        var days: [CalendarDate] = []
        for word in words {
            guard let day = CalendarDate(word) else { throw ReportText.notADate(word) }
            days.append(day)
        }
        let at = { (i: Int) in i < days.count ? days[i] : nil }
        var options = try ReportOptions.chosen(directory.replica, today: directory.today, from: at(0), to: at(1), baselineFrom: at(2), baselineTo: at(3))
        options.language = language
        return ReportOrder(ReportRequest(options: options, format: .html, status: status))
    }
}

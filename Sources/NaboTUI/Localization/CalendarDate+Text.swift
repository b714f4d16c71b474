import NaboCore

extension CalendarDate {
    /// The date as `language` writes it: 22.11.2026 or 22 Nov 2026.
    public func text(_ language: Language) -> String {
        DateText.format(year: year, month: month, day: day, language: language)
    }
}

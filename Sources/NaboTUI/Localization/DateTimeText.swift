import NaboCore

/// A day with its time of day, as the dugnad and meeting screens write when something starts.
enum DateTimeText {
    /// "04.12.2026 17.00"; the long form names the weekday: "fredag 4. desember 2026, 17.00".
    static func when(_ start: LocalDateTime, _ language: Language, short: Bool) -> String {
        let day = short ? start.date.text(language) : DateWords.long(start.date, language)
        guard let minutes = start.minutes else { return day }
        return day + (short ? " " : ", ") + DateWords.time(minutes, language)
    }
}

/// Dates and times written out for notices and reports: "fredag 4. desember 2026, kl. 17.00" in
/// bokmål, "Friday 4 December 2026, 17:00" in English.
public enum DateWords {
    static let weekdays: [Language: [String]] = [
        .nb: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
        .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ]
    static let months: [Language: [String]] = [
        .nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ]

    public static func weekday(_ d: CalendarDate, _ language: Language) -> String {
        weekdays[language]![d.weekday]
    }

    /// "4. desember 2026" / "4 December 2026".
    public static func dayMonthYear(_ d: CalendarDate, _ language: Language) -> String {
        let month = months[language]![d.month - 1]
        return language == .nb ? "\(d.day). \(month) \(d.year)" : "\(d.day) \(month) \(d.year)"
    }

    /// "desember 2026" / "December 2026".
    public static func monthYear(_ d: CalendarDate, _ language: Language) -> String {
        months[language]![d.month - 1] + " \(d.year)"
    }

    /// "fredag 4. desember 2026" / "Friday 4 December 2026".
    public static func long(_ d: CalendarDate, _ language: Language) -> String {
        weekday(d, language) + " " + dayMonthYear(d, language)
    }

    /// "4.12." / "4 Dec": short enough for an SMS.
    public static func short(_ d: CalendarDate, _ language: Language) -> String {
        language == .nb ? "\(d.day).\(d.month)." : "\(d.day) \(months[.en]![d.month - 1].prefix(3))"
    }

    /// "22.11.2026" / "22 Nov 2026", as the interface shows dates.
    public static func numeric(_ d: CalendarDate, _ language: Language) -> String {
        language == .nb ? d.norwegian : "\(d.day) \(months[.en]![d.month - 1].prefix(3)) \(d.year)"
    }

    /// "17.00" / "17:00" for minutes after midnight.
    public static func time(_ minutes: Int, _ language: Language) -> String {
        CalendarDate.two(minutes / 60) + (language == .nb ? "." : ":") + CalendarDate.two(minutes % 60)
    }
}

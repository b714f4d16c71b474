import NaboCore

/// Calendar dates as each language writes them. Dates are stored as ISO 8601 and only shown this
/// way: bokmål "22.11.2026", English "22 Nov 2026", whose spelled-out month reads the same to
/// British and American readers.
public enum DateText {
    private static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The date written for `language`. The month is 1...12.
    public static func format(year: Int, month: Int, day: Int, language: Language) -> String {
        switch language {
        case .nb:
            return two(day) + "." + two(month) + "." + String(year)
        case .en:
            let name = (1...12).contains(month) ? englishMonths[month - 1] : two(month)
            return String(day) + " " + name + " " + String(year)
        }
    }

    private static func two(_ number: Int) -> String {
        number < 10 ? "0" + String(number) : String(number)
    }
}

import Foundation
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

    /// An ISO 8601 date ("2026-11-22", or the date part of a timestamp) written for `language`;
    /// nil if the text does not start with a valid date.
    public static func format(iso8601 text: String, language: Language) -> String? {
        guard let date = parseISO8601(text) else { return nil }
        return format(year: date.year, month: date.month, day: date.day, language: language)
    }

    /// A date as a user types it: "22.11.2026" or "22.11.26" (bokmål habit, accepted in both
    /// languages) or ISO "2026-11-22". Nil for anything else, or a day the calendar lacks.
    public static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains("-") {
            return parseISO8601(trimmed)
        }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]),
              parts[2].count == 2 || parts[2].count == 4 else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return isValid(year: year, month: month, day: day) ? (year, month, day) : nil
    }

    private static func parseISO8601(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let date = text.prefix(10)
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 10, parts.count == 3,
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              isValid(year: year, month: month, day: day) else { return nil }
        return (year, month, day)
    }

    private static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private static func two(_ number: Int) -> String {
        number < 10 ? "0" + String(number) : String(number)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

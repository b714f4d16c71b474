import NaboCore

/// A date Excel keeps as a serial number of days, as ISO text: `2026-11-22`, or `2026-11-22T13:45`
/// when it has a time of day.
enum ExcelDate {
    /// nil for a number no date can be (negative, or after 9999).
    static func iso(serial: Double, uses1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        // To the minute, as the sheet shows it: 0.999999 of a day is the next midnight.
        var minutes = Int(((serial - Double(days)) * 1440).rounded())
        if minutes == 1440 { days += 1; minutes = 0 }
        let date: String
        if uses1904 {
            date = CalendarDate(dayNumber: days + daysFrom1970To1904).iso
        } else if days == 60 {
            // Lotus 1-2-3 took 1900 for a leap year and Excel keeps its 29 February; it is no day.
            date = "1900-02-29"
        } else {
            // Day 1 is 1 January 1900 (day 0 shows as the day before), and from day 61 on every
            // count is one too high for the day that never was.
            date = CalendarDate(dayNumber: days + daysFrom1970To1899_12_31 - (days > 60 ? 1 : 0)).iso
        }
        guard minutes > 0 else { return date }
        return date + "T" + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)
    }

    /// A cell of type `d` (ISO 8601 text, as some writers keep dates) in the same form.
    static func iso(text: String) -> String {
        let t = text.hasSuffix("Z") ? String(text.dropLast()) : text
        guard t.count >= 16, t.dropFirst(10).first == "T" else { return String(t.prefix(10)) }
        let time = t.dropFirst(11).prefix(5)
        return time == "00:00" ? String(t.prefix(10)) : String(t.prefix(16))
    }

    static let daysFrom1970To1899_12_31 = -25_568
    static let daysFrom1970To1904 = -24_107

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}

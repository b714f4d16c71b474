/// A day in the calendar, as ISO 8601 writes it (`2026-11-22`). Workers may type `22.11.2026` or
/// `22 Nov 2026`, in either language.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month), day >= 1, day <= CalendarDate.days(in: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2026-11-22`, `22.11.2026` or `22 Nov 2026` (`22. nov. 2026`); nil for anything else,
    /// including days that do not exist. Every typed date, in the interface and on the command
    /// line, is read here.
    public init?(_ text: some StringProtocol) {
        // The stored form, `2026-11-22`, is read straight from its bytes: screens read many dates.
        if text.utf8.count == 10, let iso = CalendarDate(isoBytes: text.utf8) {
            self = iso
            return
        }
        let t = String(text)
        if t.contains(where: \.isLetter) {
            self.init(written: t)
            return
        }
        let parts: [Substring]
        let ymd: (Int, Int, Int)
        if t.contains("-") {
            parts = t.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            ymd = (y, m, d)
        } else {
            parts = t.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
                  let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
            ymd = (y, m, d)
        }
        self.init(year: ymd.0, month: ymd.1, day: ymd.2)
    }

    init?(isoBytes b: some Collection<UInt8>) {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        for (i, c) in b.enumerated() {
            if i == 4 || i == 7 {
                guard c == UInt8(ascii: "-") else { return nil }
            } else {
                guard c >= 48, c <= 57 else { return nil }
                digits.append(Int(c - 48))
            }
        }
        guard digits.count == 8 else { return nil }
        self.init(year: digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], month: digits[4] * 10 + digits[5],
                  day: digits[6] * 10 + digits[7])
    }

    public static func days(in month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String { iso }

    public var iso: String {
        "\(year)-\(Self.two(month))-\(Self.two(day))"
    }

    /// Bokmål writes 22.11.2026.
    public var norwegian: String { "\(Self.two(day)).\(Self.two(month)).\(year)" }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic without Foundation.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Monday is 0.
    public var weekday: Int { ((dayNumber % 7) + 10) % 7 }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }
}

/// A date with an optional local time and the UTC offset that applied, written as ISO 8601:
/// `2026-11-22` or `2026-11-22T14:30+01:00`. The offset is kept so a visit logged in summer and read in
/// winter still shows the time the worker was there.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: CalendarDate
    /// Minutes after midnight, local.
    public var minutes: Int?
    /// Minutes east of UTC.
    public var offset: Int?

    public init(date: CalendarDate, minutes: Int? = nil, offset: Int? = nil) {
        self.date = date
        self.minutes = minutes
        self.offset = offset
    }

    /// Reads a date as `CalendarDate` does (`2026-11-22`, `22.11.2026`, `22 Nov 2026`), alone or followed
    /// by a time: `2026-11-22T14:30`, `22 Nov 2026 14:30`, `22.11.2026 14.30`, with optional seconds, `Z`
    /// or `+01:00`. A time without an offset is local; `offsetFor` supplies the offset for that day.
    public init?(_ text: String, offsetFor: (CalendarDate, Int) -> Int) {
        let t = String(text.trimmingWhitespace())
        let datePart: Substring
        let timePart: Substring?
        if t.count > 11, t[t.index(t.startIndex, offsetBy: 10)] == "T" {
            datePart = t.prefix(10)
            timePart = t.dropFirst(11)
        } else if let space = t.lastIndex(of: " "), Self.time(t[t.index(after: space)...]) != nil {
            datePart = t[..<space]
            timePart = t[t.index(after: space)...]
        } else {
            datePart = Substring(t)
            timePart = nil
        }
        guard let d = CalendarDate(String(datePart).trimmingWhitespace()) else { return nil }
        guard let timePart else {
            self.init(date: d)
            return
        }
        guard let (minutes, offset) = Self.time(timePart) else { return nil }
        self.init(date: d, minutes: minutes, offset: offset ?? offsetFor(d, minutes))
    }

    /// `14:30`, `14.30`, `14:30:15`, `14:30Z`, `14:30+01:00`: minutes after midnight and the offset if written.
    private static func time(_ text: Substring) -> (Int, Int?)? {
        var rest = text
        var offset: Int?
        if rest.hasSuffix("Z") {
            offset = 0
            rest = rest.dropLast()
        } else if let signIndex = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let tz = rest[rest.index(after: signIndex)...].split(separator: ":")
            guard tz.count == 2 || (tz.count == 1 && tz[0].count == 4) else { return nil }
            let hh = tz.count == 2 ? Int(tz[0]) : Int(tz[0].prefix(2))
            let mm = tz.count == 2 ? Int(tz[1]) : Int(tz[0].suffix(2))
            guard let h = hh, let m = mm, h <= 14, m < 60 else { return nil }
            offset = (rest[signIndex] == "-" ? -1 : 1) * (h * 60 + m)
            rest = rest[..<signIndex]
        }
        // Bokmål writes 14.30; a date's dots are told apart by its four-digit year.
        let hms = rest.split(separator: ":", omittingEmptySubsequences: false).count > 1
            ? rest.split(separator: ":", omittingEmptySubsequences: false) : rest.split(separator: ".", omittingEmptySubsequences: false)
        guard hms.count == 2 || hms.count == 3, (1...2).contains(hms[0].count), hms[1].count == 2,
              let h = Int(hms[0]), let m = Int(hms[1]), (0..<24).contains(h), (0..<60).contains(m),
              hms.count == 2 || Int(hms[2].prefix(2)).map({ (0..<60).contains($0) }) == true else { return nil }
        return (h * 60 + m, offset)
    }

    public var iso: String {
        guard let minutes else { return date.iso }
        var s = "\(date.iso)T\(CalendarDate.two(minutes / 60)):\(CalendarDate.two(minutes % 60))"
        if let offset {
            if offset == 0 { s += "Z" } else {
                let a = abs(offset)
                s += "\(offset < 0 ? "-" : "+")\(CalendarDate.two(a / 60)):\(CalendarDate.two(a % 60))"
            }
        }
        return s
    }

    public var description: String { iso }

    public var time: String? {
        minutes.map { "\(CalendarDate.two($0 / 60)):\(CalendarDate.two($0 % 60))" }
    }

    /// Orders by the instant where both have one, else by the local date and time.
    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        a.sortKey < b.sortKey
    }

    var sortKey: Int {
        date.dayNumber * 1440 + (minutes ?? 0) - (offset ?? 0)
    }
}

extension LocalDateTime {
    /// An instant, in minutes since 1970 UTC, as the local day and time `utcOffset` gives (minutes
    /// east of UTC at a UTC day and minute): when a line was written, as the worker's clock read.
    public init(utcMinutes: Int, utcOffset: (CalendarDate, Int) -> Int) {
        let utcDay = CalendarDate(dayNumber: Self.floor(utcMinutes, 1440))
        let local = utcMinutes + utcOffset(utcDay, utcMinutes - utcDay.dayNumber * 1440)
        let day = Self.floor(local, 1440)
        self.init(date: CalendarDate(dayNumber: day), minutes: local - day * 1440)
    }

    static func floor(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}

extension LocalDateTime {
    /// Stored date-times carry their UTC offset; one written without keeps none (a floating time).
    static func stored(_ text: String) -> LocalDateTime? {
        guard var d = LocalDateTime(text, offsetFor: { _, _ in 0 }) else { return nil }
        let time = text.split(whereSeparator: { $0 == "T" || $0 == " " }).dropFirst().first ?? ""
        if d.minutes != nil, !time.contains(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { d.offset = nil }
        return d
    }
}

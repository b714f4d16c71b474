/// Instants written as iCalendar's UTC form, `20261122T110000Z`, from plain numbers: the core has
/// no clock and no Foundation dates, so the caller passes the time in.
public enum UTCStamp {
    /// Milliseconds since 1970-01-01 UTC.
    public static func format(milliseconds: Int64) -> String {
        let seconds = milliseconds.floorDiv(1000)
        let day = seconds.floorDiv(86400)
        let rest = Int(seconds - day * 86400)
        return format(day: CalendarDate(dayNumber: Int(day)), seconds: rest) + "Z"
    }

    /// Milliseconds since 1970-01-01 UTC as ISO 8601, `2026-11-22T11:00:00Z`, as JSON exports write instants.
    public static func iso(milliseconds: Int64) -> String {
        let seconds = milliseconds.floorDiv(1000)
        let day = seconds.floorDiv(86400)
        let rest = Int(seconds - day * 86400)
        return CalendarDate(dayNumber: Int(day)).iso + "T" + CalendarDate.two(rest / 3600) + ":" + CalendarDate.two(rest % 3600 / 60) + ":"
            + CalendarDate.two(rest % 60) + "Z"
    }

    /// A local date and time moved to UTC by its offset, or kept floating (no `Z`) without one.
    public static func format(_ d: LocalDateTime) -> String {
        let minutes = d.minutes ?? 0
        guard let offset = d.offset else { return format(day: d.date, seconds: minutes * 60) }
        let total = d.date.dayNumber * 1440 + minutes - offset
        let day = total >= 0 ? total / 1440 : (total - 1439) / 1440
        return format(day: CalendarDate(dayNumber: day), seconds: (total - day * 1440) * 60) + "Z"
    }

    /// `20261204`, the form of a DATE value.
    public static func date(_ d: CalendarDate) -> String {
        String(d.year) + CalendarDate.two(d.month) + CalendarDate.two(d.day)
    }

    static func format(day: CalendarDate, seconds: Int) -> String {
        date(day) + "T" + CalendarDate.two(seconds / 3600) + CalendarDate.two(seconds % 3600 / 60) + CalendarDate.two(seconds % 60)
    }
}

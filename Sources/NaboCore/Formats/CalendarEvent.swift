/// One event as an iCalendar file (RFC 5545) for residents' and staff's calendars, the writer the
/// dugnad and the meeting exports share. Times are written in UTC: the store keeps each time with
/// its offset, so the instant is exact, and UTC needs no VTIMEZONE block (a TZID parameter would
/// require one). An event without a time of day is an all-day event.
public struct CalendarEvent: Equatable, Sendable {
    /// Ends the UID so it is unique worldwide without naming a real domain.
    public static let uidDomain = "nabo.invalid"

    /// The record id, so a second export of the same record updates the event rather than adding one.
    public var id: String
    public var start: LocalDateTime?
    public var end: LocalDateTime?
    public var summary: String
    public var location: String
    public var description: String

    /// `product` names what Nabo exported ("dugnad", "meeting"); `now` is the time of export in
    /// milliseconds since 1970 UTC, written as DTSTAMP.
    public func ics(product: String, now: Int64, language: Language) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nabo//Nabo \(product)//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:\(id)@\(Self.uidDomain)",
            "DTSTAMP:" + UTCStamp.format(milliseconds: now),
        ]
        lines += times()
        lines.append("SUMMARY:" + ContentLines.escape(summary))
        lines.append("LOCATION:" + ContentLines.escape(location))
        if !description.isEmpty { lines.append("DESCRIPTION:" + ContentLines.escape(description)) }
        lines += ["END:VEVENT", "END:VCALENDAR"]
        return ContentLines.document(lines)
    }

    func times() -> [String] {
        guard let start else { return [] }
        guard start.minutes != nil else {
            // All-day: DTEND is exclusive, so the day after the last day.
            let last = end?.date ?? start.date
            return ["DTSTART;VALUE=DATE:" + UTCStamp.date(start.date), "DTEND;VALUE=DATE:" + UTCStamp.date(max(last, start.date).adding(days: 1))]
        }
        var out = ["DTSTART:" + UTCStamp.format(start)]
        if let end {
            // An end given as a date only means the end of that day, local time.
            let e = end.minutes == nil ? LocalDateTime(date: end.date.adding(days: 1), minutes: 0, offset: start.offset) : end
            out.append("DTEND:" + UTCStamp.format(e))
        }
        return out
    }
}

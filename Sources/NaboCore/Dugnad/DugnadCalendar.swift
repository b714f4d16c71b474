/// A dugnad as an iCalendar event (RFC 5545) for residents' and staff's calendars. Times are written
/// in UTC: the store keeps each time with its offset, so the instant is exact, and UTC needs no
/// VTIMEZONE block (a TZID parameter would require one). A dugnad without a time is an all-day event.
public enum DugnadCalendar {
    /// Ends the UID so it is unique worldwide without naming a real domain.
    public static let uidDomain = "nabo.invalid"

    /// `now` is the time of export in milliseconds since 1970 UTC, written as DTSTAMP.
    public static func ics(_ d: Dugnad, now: Int64, language: Language) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nabo//Nabo dugnad//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:\(d.id)@\(uidDomain)",
            "DTSTAMP:" + UTCStamp.format(milliseconds: now),
        ]
        lines += times(d)
        lines.append("SUMMARY:" + ContentLines.escape("Dugnad: " + d.title))
        lines.append("LOCATION:" + ContentLines.escape(location(d)))
        let text = description(d, language)
        if !text.isEmpty { lines.append("DESCRIPTION:" + ContentLines.escape(text)) }
        lines += ["END:VEVENT", "END:VCALENDAR"]
        return ContentLines.document(lines)
    }

    static func times(_ d: Dugnad) -> [String] {
        guard let start = d.start else { return [] }
        guard start.minutes != nil else {
            // All-day: DTEND is exclusive, so the day after the last day.
            let last = d.end?.date ?? start.date
            return ["DTSTART;VALUE=DATE:" + UTCStamp.date(start.date), "DTEND;VALUE=DATE:" + UTCStamp.date(max(last, start.date).adding(days: 1))]
        }
        var out = ["DTSTART:" + UTCStamp.format(start)]
        if let end = d.end {
            // An end given as a date only means the end of that day, local time.
            let e = end.minutes == nil ? LocalDateTime(date: end.date.adding(days: 1), minutes: 0, offset: start.offset) : end
            out.append("DTEND:" + UTCStamp.format(e))
        }
        return out
    }

    static func location(_ d: Dugnad) -> String {
        let addresses = d.addressLabels.joined(separator: ", ")
        guard let point = d.meetingPoint else { return addresses }
        return addresses.isEmpty ? point : "\(point) (\(addresses))"
    }

    static func description(_ d: Dugnad, _ language: Language) -> String {
        var parts: [String] = []
        if !d.tasks.isEmpty {
            parts.append(Message(nb: "Oppgaver:", en: "Tasks:").text(language) + "\n" + d.tasks.map { "- " + $0 }.joined(separator: "\n"))
        }
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        var plans: [String] = []
        if !d.equipment.isEmpty { plans.append(t("Utstyr fra Byggdrift: ", "Equipment from Byggdrift: ") + DugnadNotice.list(d.equipment, language)) }
        if let food = d.food { plans.append(t("Mat: ", "Food: ") + food) }
        if !d.partners.isEmpty { plans.append(t("Samarbeidspartnere: ", "Partners invited: ") + DugnadNotice.list(d.partners, language)) }
        if !plans.isEmpty { parts.append(plans.joined(separator: "\n")) }
        if let note = d.note { parts.append(note) }
        return parts.joined(separator: "\n\n")
    }
}

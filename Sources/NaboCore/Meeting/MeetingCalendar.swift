/// A meeting's invitation as a calendar event: its title, its place, and the agenda as the
/// description, so those invited see what will be discussed in their calendar.
public enum MeetingCalendar {
    /// `now` is the time of export in milliseconds since 1970 UTC, written as DTSTAMP.
    public static func ics(_ m: Meeting, now: Int64, language: Language) -> String {
        CalendarEvent(id: m.id, start: m.start, end: m.end, summary: m.title, location: m.place ?? "",
                      description: description(m, language)).ics(product: "meeting", now: now, language: language)
    }

    static func description(_ m: Meeting, _ language: Language) -> String {
        var parts: [String] = []
        if !m.items.isEmpty {
            let lines = m.items.map { "- " + $0.title + MeetingWords.marks($0, language) }
            parts.append(Message(nb: "Saksliste:", en: "Agenda:").text(language) + "\n" + lines.joined(separator: "\n"))
        }
        if let note = m.note { parts.append(note) }
        return parts.joined(separator: "\n\n")
    }
}

/// A dugnad as a calendar event: "Dugnad: " and its title, met at its meeting point, its tasks and
/// plans as the description.
public enum DugnadCalendar {
    /// `now` is the time of export in milliseconds since 1970 UTC, written as DTSTAMP.
    public static func ics(_ d: Dugnad, now: Int64, language: Language) -> String {
        CalendarEvent(id: d.id, start: d.start, end: d.end, summary: "Dugnad: " + d.title, location: location(d),
                      description: description(d, language)).ics(product: "dugnad", now: now, language: language)
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
        if !d.equipment.isEmpty { plans.append(t("Utstyr fra Byggdrift: ", "Equipment from Byggdrift: ") + NoticeText.list(d.equipment, language)) }
        if let food = d.food { plans.append(t("Mat: ", "Food: ") + food) }
        if !d.partners.isEmpty { plans.append(t("Samarbeidspartnere: ", "Partners invited: ") + NoticeText.list(d.partners, language)) }
        if !plans.isEmpty { parts.append(plans.joined(separator: "\n")) }
        if let note = d.note { parts.append(note) }
        return parts.joined(separator: "\n\n")
    }
}

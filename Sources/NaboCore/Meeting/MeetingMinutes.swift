/// A meeting's minutes as Markdown: when and where, who came, each item with its minutes, the
/// measures decided in it and the input it answers, then the parking lot and whether the minutes
/// went out. Residents are never named: an input is given by its text alone.
public enum MeetingMinutes {
    public static func markdown(_ m: Meeting, language: Language) -> String {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        var lines = ["# " + Markdown.literal(m.title), ""]
        if let start = m.start {
            let time = start.minutes.map { t(" kl. ", ", ") + DateWords.time($0, language) } ?? ""
            lines.append("- " + t("Dato", "Date") + ": " + DateWords.long(start.date, language) + time)
        }
        if let place = m.place { lines.append("- " + t("Sted", "Place") + ": " + Markdown.literal(place)) }
        lines += ["", "## " + t("Til stede", "Present"), ""]
        lines += m.attendees.isEmpty ? [t("Ingen er ført opp.", "Nobody is listed.")]
            : m.attendees.map { "- " + Markdown.literal($0.name) + ($0.agency.map { " — " + Markdown.literal($0) } ?? "") }
        if let note = m.note { lines += ["", Markdown.literal(note)] }
        for item in m.items where !item.parked { lines += section(item, level: "##", language) }
        lines += ["", "## " + t("Parkeringsplass", "Parking lot")]
        let parked = m.items.filter(\.parked)
        if parked.isEmpty { lines += ["", t("Ingen saker er parkert.", "No items are parked.")] }
        for item in parked { lines += section(item, level: "###", language) }
        lines += ["", m.minutesSent.map { t("Referat sendt ", "Minutes sent ") + DateWords.numeric($0, language) + "." }
            ?? t("Referatet er ikke sendt ennå.", "The minutes are not sent yet.")]
        return lines.joined(separator: "\n") + "\n"
    }

    static func section(_ item: Meeting.Item, level: String, _ language: Language) -> [String] {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        var lines = ["", level + " " + Markdown.literal(item.title) + (item.standing ? " (" + MeetingWords.standing.text(language) + ")" : "")]
        if let minutes = item.minutes { lines += ["", Markdown.literal(minutes)] }
        if let input = item.input {
            lines += ["", t("Svar på innspill: «", "Answers the input: “") + Markdown.literal(input.text) + t("» — ", "” — ")
                + VocabularyLabel.text(input.outcome, language)]
        }
        if !item.decisions.isEmpty {
            lines += ["", t("Vedtatte tiltak:", "Measures decided:"), ""]
            lines += item.decisions.map { d in
                "- " + [Markdown.literal(d.title), Markdown.literal(d.address), VocabularyLabel.text(d.status, language),
                        VocabularyLabel.text(d.responsible, language)].filter { !$0.isEmpty }.joined(separator: " — ")
            }
        }
        return lines
    }
}

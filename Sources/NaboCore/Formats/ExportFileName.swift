/// File names Nabo suggests for its exports of a dugnad, a meeting and a notice. They carry the date
/// and what the file is, never a resident's name or an address, so a file left on a shared drive or
/// in a mail says nothing of who.
public enum ExportFileName {
    public enum Content: Sendable {
        case calendar, contactsCSV, contactsVCard, notice(NoticeText.Kind)
    }

    public static func dugnad(_ d: Dugnad, _ content: Content, _ language: Language) -> String {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        return name("dugnad-" + (d.start?.date.iso ?? d.id), content, language, notice: t("-oppslag", "-notice"))
    }

    /// The notice is the file itself, so it carries no word besides its stem: `oppslag-2026-12-04.md`.
    public static func notice(_ n: ResidentNotice, _ content: Content, _ language: Language) -> String {
        name(Message(nb: "oppslag-", en: "notice-").text(language) + (n.date?.iso ?? n.id), content, language, notice: "")
    }

    /// `referat-2026-11-10.md` for the minutes, `mote-2026-11-10.ics` for the invitation (no ø, which
    /// some shared drives and mail programs mangle in a name).
    public static func meeting(_ m: Meeting, calendar: Bool, _ language: Language) -> String {
        let date = m.start?.date.iso ?? m.id
        return calendar ? Message(nb: "mote-", en: "meeting-").text(language) + date + ".ics"
            : Message(nb: "referat-", en: "minutes-").text(language) + date + ".md"
    }

    static func name(_ base: String, _ content: Content, _ language: Language, notice: String) -> String {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        switch content {
        case .calendar: return base + ".ics"
        case .contactsCSV: return base + t("-kontakter", "-contacts") + ".csv"
        case .contactsVCard: return base + t("-kontakter", "-contacts") + ".vcf"
        case .notice(.markdown): return base + notice + ".md"
        case .notice(.text): return base + notice + ".txt"
        case .notice(.sms): return base + "-sms.txt"
        }
    }
}

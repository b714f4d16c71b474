/// File names Nabo suggests for a dugnad's exports. They carry the date and what the file is, never a
/// resident's name or an address, so a file left on a shared drive or in a mail says nothing of who.
public enum DugnadFileName {
    public enum Content: Sendable {
        case calendar, contactsCSV, contactsVCard, notice(DugnadNotice.Kind)
    }

    public static func suggest(_ d: Dugnad, _ content: Content, _ language: Language) -> String {
        let base = "dugnad-" + (d.start?.date.iso ?? d.id)
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        switch content {
        case .calendar: return base + ".ics"
        case .contactsCSV: return base + t("-kontakter", "-contacts") + ".csv"
        case .contactsVCard: return base + t("-kontakter", "-contacts") + ".vcf"
        case .notice(.markdown): return base + t("-oppslag", "-notice") + ".md"
        case .notice(.text): return base + t("-oppslag", "-notice") + ".txt"
        case .notice(.sms): return base + "-sms.txt"
        }
    }
}

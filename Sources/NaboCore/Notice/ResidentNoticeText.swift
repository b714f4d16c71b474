/// The notice to residents as Markdown, plain text or an SMS, filled from templates. A file in the
/// user's template folder (`notice-board.nb.md`, `notice-board.en.txt`, `notice-board-sms.nb.txt`,
/// ...) replaces the built-in template of the same name; the caller reads it.
public enum ResidentNoticeText {
    /// The placeholders a template may use, filled for this notice.
    public static func values(_ n: ResidentNotice, _ language: Language) -> [String: String] {
        [
            "text": n.text,
            "date": n.date.map { DateWords.long($0, language) } ?? "",
            "day": n.date.map { DateWords.short($0, language) } ?? "",
            "weekday": n.date.map { DateWords.weekday($0, language) } ?? "",
            "addresses": NoticeText.list(n.addressLabels, language),
        ]
    }

    public static func render(_ n: ResidentNotice, kind: NoticeText.Kind, language: Language, template: Template? = nil) throws(Message) -> String {
        try NoticeText.render(template ?? builtIn(kind, language), values(n, language), kind: kind)
    }

    public static func builtIn(_ kind: NoticeText.Kind, _ language: Language) -> Template {
        let text: String
        switch (kind, language) {
        case (.markdown, .nb):
            text = "# Til beboerne i {addresses}\n\n**{date}**\n\n{text}\n\nHilsen boligkontoret\n"
        case (.markdown, .en):
            text = "# To the residents of {addresses}\n\n**{date}**\n\n{text}\n\nThe housing office\n"
        case (.text, .nb):
            text = "TIL BEBOERNE I {addresses}\n\n{date}\n\n{text}\n\nHilsen boligkontoret\n"
        case (.text, .en):
            text = "TO THE RESIDENTS OF {addresses}\n\n{date}\n\n{text}\n\nThe housing office\n"
        case (.sms, .nb):
            text = "{text} Hilsen boligkontoret"
        case (.sms, .en):
            text = "{text} The housing office"
        }
        return NoticeText.builtIn(text, kind, language, .noticeBoard)
    }
}

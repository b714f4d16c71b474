/// The notice posted in the stairwells and the SMS sent before a dugnad, filled from templates. The
/// built-in templates below can be replaced by files of the same name in the user's template folder
/// (`notice.nb.md`, `notice.en.txt`, `sms.nb.txt`, ...), read by the caller.
public enum DugnadNotice {
    /// The placeholders a template may use, filled for this dugnad.
    public static func values(_ d: Dugnad, _ language: Language) -> [String: String] {
        let t = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        let date = d.start.map { DateWords.long($0.date, language) } ?? ""
        let time = times(d, language, dash: "–")
        let shortTime = times(d, language, dash: "-")
        let clock = t("kl. ", "")
        return [
            "title": d.title,
            "date": date,
            "day": d.start.map { DateWords.short($0.date, language) } ?? "",
            "weekday": d.start.map { DateWords.weekday($0.date, language) } ?? "",
            "time": time,
            "when": date + (time.isEmpty ? "" : (language == .nb ? " kl. " : ", ") + time),
            // Hyphen, not en dash: the en dash is outside the GSM alphabet and would halve an SMS.
            "shortWhen": (d.start.map { DateWords.short($0.date, language) } ?? "") + (shortTime.isEmpty ? "" : " " + clock + shortTime),
            "meetingPoint": d.place,
            "addresses": NoticeText.list(d.addressLabels, language),
            "tasks": d.tasks.map { "- " + $0 }.joined(separator: "\n"),
            "tasksInline": NoticeText.list(d.tasks, language),
            "note": d.note ?? "",
            "equipment": d.equipment.map { "- " + $0 }.joined(separator: "\n"),
            "equipmentInline": NoticeText.list(d.equipment, language),
            "food": d.food ?? "",
            "partners": NoticeText.list(d.partners, language),
        ]
    }

    static func times(_ d: Dugnad, _ language: Language, dash: String) -> String {
        guard let s = d.start?.minutes else { return "" }
        let start = DateWords.time(s, language)
        guard let e = d.end?.minutes, d.end?.date == d.start?.date else { return start }
        return start + dash + DateWords.time(e, language)
    }

    public static func render(_ d: Dugnad, kind: NoticeText.Kind, language: Language, template: Template? = nil) throws(Message) -> String {
        try NoticeText.render(template ?? builtIn(kind, language), values(d, language), kind: kind)
    }

    public static func builtIn(_ kind: NoticeText.Kind, _ language: Language) -> Template {
        let text: String
        switch (kind, language) {
        case (.markdown, .nb):
            text = "# Dugnad: {title}\n\n**{when}**\n\nOppmøte: {meetingPoint}\n\nDugnaden gjelder {addresses}. Alle beboere er hjertelig velkommen!\n\n## Dette skal vi gjøre\n\n{tasks}\n\nByggdrift stiller med {equipmentInline}.\n\nMat: {food}\n\nMed oss kommer også {partners}.\n\n{note}\n\nHilsen boligkontoret\n"
        case (.markdown, .en):
            text = "# Dugnad (volunteer work day): {title}\n\n**{when}**\n\nMeeting point: {meetingPoint}\n\nThe dugnad is for {addresses}. Every resident is warmly welcome!\n\n## What we will do\n\n{tasks}\n\nByggdrift provides {equipmentInline}.\n\nFood: {food}\n\nJoining us: {partners}.\n\n{note}\n\nThe housing office\n"
        case (.text, .nb):
            text = "DUGNAD: {title}\n\n{when}\nOppmøte: {meetingPoint}\n\nDugnaden gjelder {addresses}. Alle beboere er hjertelig velkommen!\n\nDette skal vi gjøre:\n{tasks}\n\nByggdrift stiller med {equipmentInline}.\n\nMat: {food}\n\nMed oss kommer også {partners}.\n\n{note}\n\nHilsen boligkontoret\n"
        case (.text, .en):
            text = "DUGNAD (VOLUNTEER WORK DAY): {title}\n\n{when}\nMeeting point: {meetingPoint}\n\nThe dugnad is for {addresses}. Every resident is warmly welcome!\n\nWhat we will do:\n{tasks}\n\nByggdrift provides {equipmentInline}.\n\nFood: {food}\n\nJoining us: {partners}.\n\n{note}\n\nThe housing office\n"
        case (.sms, .nb):
            text = "Dugnad {shortWhen}: {title}. Oppmøte: {meetingPoint}. Velkommen! Hilsen boligkontoret"
        case (.sms, .en):
            text = "Dugnad (volunteer work day) {shortWhen}: {title}. Meet at: {meetingPoint}. All welcome! The housing office"
        }
        return NoticeText.builtIn(text, kind, language, .dugnad)
    }
}

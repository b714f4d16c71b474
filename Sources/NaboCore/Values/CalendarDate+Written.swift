extension CalendarDate {
    /// Month names as either language writes them, by their first three letters: a worker who
    /// types "22 Nov 2026" in bokmål or "22. okt. 2026" in English means the same day.
    private static let monthStems: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "mai": 5, "may": 5, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
    ]

    /// Reads "22 Nov 2026", "22. nov. 2026" or "22 november 2026"; nil for anything else.
    init?(written text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "." }).map { $0.lowercased() }
        guard words.count == 3, (1...2).contains(words[0].count), words[2].count == 4,
              let day = Int(words[0]), let year = Int(words[2]), let month = Self.month(named: words[1]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The month a name (at least its three first letters, at most the whole name) stands for.
    private static func month(named name: String) -> Int? {
        guard name.count >= 3, let month = monthStems[String(name.prefix(3))] else { return nil }
        let full = [DateWords.months[.nb]![month - 1], DateWords.months[.en]![month - 1]].map { $0.lowercased() }
        return full.contains(where: { $0.hasPrefix(name) }) ? month : nil
    }
}

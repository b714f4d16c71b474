/// One cell of an office's sheet read as the field its column holds, or the reason it cannot be,
/// in words for the worker who fixes the sheet. Each reads through the same readers as a typed value.
enum StockCell {
    /// The text as the worker wrote it: without surrounding spaces, and without the `'` that Nabo's
    /// own exports put before a cell a spreadsheet would take for a formula (`CSVTable.defused`).
    static func text(_ cell: String) -> String {
        let t = String(cell.trimmingWhitespace())
        guard t.hasPrefix("'") else { return t }
        let rest = String(t.dropFirst())
        return CSVTable.defused(rest) == t ? rest : t
    }

    static func hNumber(_ t: String) throws(Message) -> String {
        do { return try HNumber(t).value } catch {
            throw Message(nb: "«\(t)» er ikke et H-nummer (H og fire sifre, for eksempel H0101; U, K eller L i stedet for H under bakken, i kjelleren eller på loftet).",
                          en: "“\(t)” is not an H-number (H and four digits, for example H0101; U, K or L instead of H below ground, in the basement or in the loft).")
        }
    }

    /// A house number, with a letter written into it ("12B", "12 b") split off.
    static func number(_ t: String) throws(Message) -> (number: String, letter: String?) {
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        let rest = String(String(t.dropFirst(digits.count)).trimmingWhitespace())
        if !digits.isEmpty, rest.isEmpty { return (String(Int(digits) ?? 0), nil) }
        if !digits.isEmpty, rest.count == 1, rest.first!.isLetter { return (String(Int(digits) ?? 0), rest.uppercased()) }
        throw Message(nb: "«\(t)» er ikke et husnummer (et helt tall, gjerne med én bokstav: 12 eller 12B).",
                      en: "“\(t)” is not a house number (a whole number, perhaps with one letter: 12 or 12B).")
    }

    static func letter(_ t: String) throws(Message) -> String {
        let u = t.uppercased()
        guard u.count == 1, u.first!.isLetter else {
            throw Message(nb: "«\(t)» er ikke én bokstav.", en: "“\(t)” is not a single letter.")
        }
        return u
    }

    /// Four digits; a spreadsheet that took the postcode for a number drops its leading zeros (0150 as 150).
    static func postcode(_ t: String) throws(Message) -> String {
        guard (1...4).contains(t.count), t.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw Message(nb: "«\(t)» er ikke et postnummer (fire sifre).", en: "“\(t)” is not a postcode (four digits).")
        }
        return String(repeating: "0", count: 4 - t.count) + t
    }

    static func rooms(_ t: String) throws(Message) -> Int {
        guard let n = Int(t), n >= 0, n < 1000 else {
            throw Message(nb: "«\(t)» er ikke et antall rom (et helt tall).", en: "“\(t)” is not a number of rooms (a whole number).")
        }
        return n
    }

    /// The stored value (`let`) or its words in either language (Utleid, Ledig, Vacant, ...).
    static func status(_ t: String) throws(Message) -> String {
        let key = t.lowercased()
        for s in UnitStatus.allCases where [s.rawValue, s.label.nb, s.label.en, s.word.nb, s.word.en].contains(where: { $0.lowercased() == key }) {
            return s.rawValue
        }
        let choices = UnitStatus.allCases.map { "\($0.label.nb) (\($0.rawValue))" }.joined(separator: ", ")
        let choicesEn = UnitStatus.allCases.map { "\($0.label.en) (\($0.rawValue))" }.joined(separator: ", ")
        throw Message(nb: "«\(t)» er ikke en boligstatus. Skriv en av: \(choices).", en: "“\(t)” is not a unit status. Write one of: \(choicesEn).")
    }

    static func phone(_ t: String) throws(Message) -> String {
        do { return try FieldReader.phone(t, FieldSpec("phone", .phone)) } catch {
            // The number itself is not repeated, as nowhere else: a refusal may end up in a log.
            throw Message(nb: "Telefonnummeret er ikke et norsk mobilnummer (+47 og åtte sifre, for eksempel +47 912 34 567).",
                          en: "The phone number is not a Norwegian mobile number (+47 and eight digits, for example +47 912 34 567).")
        }
    }

    /// 22.11.2026, 2.3.2026 or 2026-11-22 (and the app's written dates); a day that does not exist
    /// is named as such, so the worker looks for the typo rather than the format.
    static func date(_ t: String) throws(Message) -> CalendarDate {
        if let d = CalendarDate(t) { return d }
        let parts = t.split(separator: t.contains("-") ? "-" : ".").compactMap { Int($0) }
        if parts.count == 3 {
            let (y, m, d) = t.contains("-") ? (parts[0], parts[1], parts[2]) : (parts[2], parts[1], parts[0])
            if (1900...2200).contains(y), (1...12).contains(m), d > CalendarDate.days(in: m, year: y) {
                let month = DateWords.months[.nb]![m - 1].lowercased(), monthEn = DateWords.months[.en]![m - 1]
                throw Message(nb: "«\(t)» er ikke en dato som finnes: \(month) \(y) har \(CalendarDate.days(in: m, year: y)) dager.",
                              en: "“\(t)” is not a day that exists: \(monthEn) \(y) has \(CalendarDate.days(in: m, year: y)) days.")
            }
        }
        throw Message(nb: "«\(t)» er ikke en dato. Skriv for eksempel 22.11.2026 eller 2026-11-22.",
                      en: "“\(t)” is not a date. Write for example 22.11.2026 or 2026-11-22.")
    }

    /// Any other text: one line, no control characters.
    static func plain(_ t: String) throws(Message) -> String {
        guard ControlCharacters.isClean(t) else {
            throw Message(nb: "Cellen har tegn som ikke er tekst (et linjeskift eller et styretegn).",
                          en: "The cell holds characters that are not text (a line break or a control character).")
        }
        return t
    }
}

import NaboCore

/// `nabo dugnad turnout` for people: one line per dugnad with a bar of the residents' share, then the
/// same per address.
enum TurnoutText {
    static func lines(_ t: Turnout, _ language: Language) -> [String] {
        let w = { (nb: String, en: String) in Message(nb: nb, en: en).text(language) }
        guard !t.events.isEmpty else { return [w("Ingen dugnader ennå.", "No dugnads yet.")] }
        var out: [String] = []
        for e in t.events {
            let date = e.date.map { DateWords.numeric($0, language) } ?? "–"
            var line = "\(date)  \(e.title)  " + count(e.residents, e.upcoming, language)
            if e.uninvited > 0 { line += w(", \(e.uninvited) uten invitasjon", ", \(e.uninvited) not invited") }
            if !e.extra.isEmpty { line += "  + " + e.extra.map { "\($0.kind) \($0.count)" }.joined(separator: ", ") }
            out.append(line)
        }
        for s in t.addresses {
            out += ["", s.label]
            for p in s.points {
                out.append("  " + (p.date.map { DateWords.numeric($0, language) } ?? "–") + "  " + count(p.count, p.upcoming, language))
            }
        }
        return out
    }

    static func count(_ c: Turnout.Count, _ upcoming: Bool, _ language: Language) -> String {
        if upcoming { return Message(nb: "kommer: \(c.invited) invitert", en: "upcoming: \(c.invited) invited").text(language) }
        let share = c.share.map { " (\(DecimalText.percent($0)) %)" } ?? ""
        return bar(c.share ?? 0) + " " + Message(nb: "\(c.attended) av " + CountWords.of(c.invited, "beboer", "beboere"), en: "\(c.attended) of " + CountWords.of(c.invited, "resident", "residents")).text(language) + share
    }

    /// Ten cells, one per tenth of those invited.
    static func bar(_ share: Double) -> String {
        let n = Int((share * 10).rounded())
        return String(repeating: "█", count: n) + String(repeating: "░", count: 10 - n)
    }
}

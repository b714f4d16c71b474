/// The rounds responses were grouped into ("Januar 2024", "September 2024"), ordered by when they
/// were answered: a round's place is its latest response date, so the latest round is the one most
/// recently worked on whatever its name says.
public struct SurveyRound: Equatable, Sendable {
    public var name: String
    public var responses: Int
    public var first: CalendarDate?
    public var last: CalendarDate?

    /// Oldest first; rounds without dates first of all, then by name.
    public static func all(_ responses: [SurveyResponse]) -> [SurveyRound] {
        var rounds: [String: SurveyRound] = [:]
        for r in responses {
            var round = rounds[r.round] ?? SurveyRound(name: r.round, responses: 0, first: nil, last: nil)
            round.responses += 1
            if let d = r.date {
                round.first = min(round.first ?? d, d)
                round.last = max(round.last ?? d, d)
            }
            rounds[r.round] = round
        }
        return rounds.values.sorted { ($0.last?.dayNumber ?? Int.min, $0.name) < ($1.last?.dayNumber ?? Int.min, $1.name) }
    }

    public static func latest(_ responses: [SurveyResponse]) -> String? {
        all(responses).last?.name
    }

    /// The round a user named, matched without regard to case; a clear message names the rounds there are.
    public static func named(_ name: String, in responses: [SurveyResponse]) throws(Message) -> String {
        let rounds = all(responses)
        if let r = rounds.first(where: { $0.name == name }) ?? rounds.first(where: { $0.name.lowercased() == name.lowercased() }) {
            return r.name
        }
        let nb = rounds.map { "«\($0.name)»" }.joined(separator: ", ")
        let en = rounds.map { "“\($0.name)”" }.joined(separator: ", ")
        throw Message(nb: "Fant ingen runde «\(name)». Rundene er: \(nb.isEmpty ? "ingen" : nb).",
                      en: "No round “\(name)”. The rounds are: \(en.isEmpty ? "none" : en).")
    }

    /// A round is a few weeks of kitchen-table visits; a response after three months of quiet starts another.
    public static let gap = 90

    /// The round a response begun today joins: the latest round if it was worked on in the last
    /// `gap` days, else a new one named for this month ("November 2026"). The survey screen and
    /// `nabo add response` without `--round` both ask this.
    public static func forNew(_ responses: [SurveyResponse], today: CalendarDate) -> String {
        if let latest = all(responses).last, let last = latest.last, last.dayNumber >= today.dayNumber - gap {
            return latest.name
        }
        return monthName(today)
    }

    /// A round begun today beside the ones there are, for a resident surveyed again in the same
    /// month: "November 2026", else "November 2026 (2)", "(3)", ... whichever is not yet taken.
    public static func another(_ responses: [SurveyResponse], today: CalendarDate) -> String {
        let taken = Set(responses.map(\.round))
        let month = monthName(today)
        var name = month
        var number = 1
        while taken.contains(name) {
            number += 1
            name = "\(month) (\(number))"
        }
        return name
    }

    /// "22. november 2026" gives "November 2026".
    static func monthName(_ today: CalendarDate) -> String {
        let month = DateWords.dayMonthYear(today, .nb).split(separator: " ").dropFirst().joined(separator: " ")
        return month.prefix(1).uppercased() + month.dropFirst()
    }
}

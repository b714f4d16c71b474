/// The survey of how residents experience their home: the first round from the day of the first
/// work group meeting, answered by every resident but the one living there without a contract; the
/// second after the summer, answered by eleven, with a twelfth paused half-way.
enum DemoSurvey {
    /// One row per resident in order, statement 1 to 13 on the scale 1–7 (nil: not answered; no row:
    /// the resident without a contract, who did not take part).
    static let first: [[Int?]] = [
        [5, 6, 3, 4, 6, 4, 5, 6, 3, 2, 2, 3, 2], [6, 6, 5, 5, 7, 5, 6, 7, 2, 6, 4, 4, 3], [3, 2, 2, 3, 4, 2, 3, 5, 6, 1, 1, 2, 1],
        [7, 7, 6, 6, 7, 6, 7, 7, 1, 7, 6, 5, 4], [4, 5, 3, 4, nil, 3, 4, 6, 4, 3, 2, 3, 2], [5, 5, 4, 5, 6, 5, 5, 6, 3, 5, 3, 4, 3],
        [2, 3, 1, 2, 3, 2, 3, 4, 7, 2, 1, 1, 1], [6, 6, 6, 5, 6, 6, 6, 7, 2, 6, 5, 5, 4], [],
        [4, 4, 3, 3, 5, 4, 4, 5, 4, 2, 2, 3, 2], [6, 5, 5, 6, 6, 5, 5, 6, 2, 5, 4, 4, 3], [3, 4, 2, 3, 2, 3, 3, 5, 5, 1, 2, 2, 2],
        [5, 6, 4, 4, 6, 5, 6, 6, 3, 4, 3, 4, 3], [4, 3, 3, 4, 2, 3, 4, 6, 4, 2, 2, 3, 2],
    ]
    /// Days after the round began that each resident answered: by the twelfth of February only one was missing.
    static let firstDays = [0, 1, 2, 4, 6, 8, 10, 13, 0, 15, 17, 20, 24, 34]
    /// Follow-up answers where an answer was unfavourable, by resident and statement.
    static let followUps: [Int: String] = [
        0: #"{"10": "Vet ikke hvilken bod som er min, det står ikke nummer på dørene."}"#,
        2: #"{"1": "Det trekker fra vinduet og er fuktig på badet.", "3": "Inngangsdøren står ofte åpen om natten."}"#,
        6: #"{"9": "Folk ringer på om natten og vil inn."}"#,
    ]
    /// Statements the measures touched (safety, the storage rooms, the common areas) read one step
    /// better in the second round, unwanted visitors (negatively worded) one step less.
    static func second(_ row: [Int?]) -> [Int?] {
        row.enumerated().map { i, a in
            guard let a else { return nil }
            switch i + 1 {
            case 3, 10, 11, 12: return min(7, a + 1)
            case 9: return max(1, a - 1)
            default: return a
            }
        }
    }

    static func tell(_ story: inout DemoStory, _ stock: DemoStock) {
        let formDay = story.day(2024, 1, 5)
        story.add("form", .form, on: formDay, BuiltInForm.edit.values)
        let start = story.day(2024, 1, 8)
        let firstRound = story.roundName(start)
        for (i, row) in first.enumerated() where !row.isEmpty {
            respond(&story, stock.residents[i].key, round: firstRound, on: start.adding(days: firstDays[i]), row, followUps: followUps[i])
        }
        let secondStart = story.day(2024, 9, 9)
        let secondRound = story.roundName(secondStart)
        // Everyone but the first resident, who said once was enough, and the two at the end of the list.
        for i in 1...12 where !first[i].isEmpty {
            respond(&story, stock.residents[i].key, round: secondRound, on: secondStart.adding(days: 2 * (i - 1)), second(first[i]), followUps: nil)
        }
        // Paused half-way: counts nowhere until it is complete.
        respond(&story, stock.residents[8].key, round: secondRound, on: secondStart.adding(days: 21), [5, 4, 6, 5, 3],
                followUps: #"{"5": "Vet ikke hvem jeg skal ringe i kommunen."}"#, status: "in-progress")
    }

    static func respond(_ story: inout DemoStory, _ resident: String, round: String, on day: CalendarDate, _ row: [Int?],
                        followUps: String?, status: String = "complete") {
        var fields = ["resident": "@" + resident, "form": "@form", "round": round, "formVersion": "1", "answers": json(row),
                      "date": day.iso, "consent": day.iso, "status": status]
        fields["followUps"] = followUps
        story.add(nil, .response, on: day, at: 13 * 60, fields)
    }

    /// Answers in statement order as {"1": 5, "2": null, ...}.
    static func json(_ row: [Int?]) -> String {
        "{" + row.enumerated().map { "\"\($0.offset + 1)\": \($0.element.map(String.init) ?? "null")" }.joined(separator: ", ") + "}"
    }
}

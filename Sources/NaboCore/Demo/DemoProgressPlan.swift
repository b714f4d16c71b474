/// The progress plan (appendix 3) as dated activities, each ticked off on the day it was done. The
/// storage rooms' labelling is late, and the final report is due today.
enum DemoProgressPlan {
    typealias Day = (Int, Int, Int)

    static func tell(_ story: inout DemoStory) {
        let worker = "Prosjektmedarbeider", lead = "Prosjektleder"
        let activities: [(title: String, responsible: String, planned: Day, done: Day?, link: [String: String])] = [
            ("Innkalle til arbeidsgruppemøte 1", worker, (2023, 11, 15), (2023, 11, 15), ["meeting": "@M1"]),
            ("Befaring av Runarveien 1 og 3, Midtåsveien 22 og Lahelleveien", worker, (2023, 11, 21), (2023, 11, 24), [:]),
            ("Avklare de siste navnene i prosjektgruppa", lead, (2023, 11, 24), (2023, 11, 24), [:]),
            ("Godkjenning av målbare mål", lead, (2023, 12, 15), (2024, 1, 8), ["meeting": "@M1"]),
            ("Arbeidsgruppemøte 1, referat sendes til gruppa", worker, (2024, 1, 8), (2024, 1, 10), ["meeting": "@M1"]),
            ("Gjennomføre kartleggingen", worker, (2024, 1, 8), (2024, 2, 12), ["round": "@round1"]),
            ("Analysere resultatet av kartleggingen", worker, (2024, 2, 6), (2024, 2, 6), ["round": "@round1"]),
            ("Arbeidsgruppemøte 2, referat sendes til gruppa", worker, (2024, 2, 6), (2024, 2, 8), ["meeting": "@M2"]),
            ("Handlingsplan til drift; svar fra leder", worker, (2024, 2, 8), (2024, 2, 9), [:]),
            ("Sikre dører og låser til boligene", worker + " og Byggdrift", (2024, 2, 15), (2024, 2, 29), [:]),
            ("Sende ut varsel om kasting av søppel i fellesareal", worker, (2024, 2, 15), (2024, 2, 16), [:]),
            ("Arbeidsgruppemøte 3, referat sendes til gruppa", worker, (2024, 2, 20), (2024, 2, 23), ["meeting": "@M3"]),
            ("Dugnad: plukke søppel ute i Runarveien 1 og 3", worker + " og beboere", (2024, 3, 12), (2024, 3, 12), ["dugnad": "@D1"]),
            ("Arbeidsgruppemøte 4, referat sendes til gruppa", worker, (2024, 3, 19), (2024, 3, 26), ["meeting": "@M4"]),
            ("Arbeidsgruppemøte 5, referat sendes til gruppa", worker, (2024, 4, 30), (2024, 4, 30), ["meeting": "@M5"]),
            ("Plukke søppel og rydde i Runarveien før sommeren", worker, (2024, 5, 8), (2024, 5, 8), ["dugnad": "@D2"]),
            ("Dugnad inne i Runarveien", worker, (2024, 5, 31), (2024, 5, 31), ["dugnad": "@D3"]),
            ("Arbeidsgruppemøte 6, referat sendes til gruppa", worker, (2024, 6, 11), (2024, 6, 14), ["meeting": "@M6"]),
            ("Andre runde av kartleggingen", worker, (2024, 9, 9), (2024, 9, 30), ["round": "@round2"]),
            ("Merke boder i kjeller med H-nr. sammen med Byggdrift", worker + " og Byggdrift", (2024, 9, 30), nil, [:]),
            ("Innkalle til siste arbeidsgruppemøte", worker, (2024, 10, 1), (2024, 10, 1), ["meeting": "@M7"]),
            ("Evaluere arbeidet", lead + " og " + worker.lowercased(), (2024, 10, 2), (2024, 10, 2), [:]),
            ("Sluttrapport", lead, (2024, 10, 31), nil, [:]),
        ]
        let rounds = ["@round1": story.roundName(story.day(2024, 1, 8)), "@round2": story.roundName(story.day(2024, 9, 9))]
        for (i, a) in activities.enumerated() {
            let key = "act\(i)"
            let planned = story.day(a.planned.0, a.planned.1, a.planned.2)
            var fields = ["title": a.title, "responsible": a.responsible, "planned": planned.iso]
            for (field, value) in a.link { fields[field] = rounds[value] ?? value }
            // Planned when the project began, or when what it belongs to was made.
            let made = a.link["meeting"] == nil && a.link["dugnad"] == nil ? story.day(2023, 11, 15) : planned
            story.add(key, .activity, on: min(made, planned), at: 17 * 60, fields)
            if let d = a.done { story.set(key, .activity, on: story.day(d.0, d.1, d.2), at: 17 * 60, ["done": story.day(d.0, d.1, d.2).iso]) }
        }
    }
}

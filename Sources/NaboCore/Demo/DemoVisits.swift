/// The project worker's year at the addresses: the inspections of November, home visits to every
/// resident at the rhythm agreed with them (some not at home, tried again a few days on), and what
/// residents asked for, with what they were told and when.
enum DemoVisits {
    static let notes: [(note: String, agreed: String)] = [
        ("Snakket om låsen på inngangsdøren som ikke går i lås. Beboeren trives ellers.", "Melder låsen til Byggdrift."),
        ("Gikk gjennom kartleggingen sammen. Ønsker hjelp til å rydde boden.", "Rydder boden sammen neste gang."),
        ("Kort prat i døren. Beboeren vil ikke ha besøk så ofte.", "Besøk hver fjerde uke."),
        ("Snakket om naboer og støy om natten.", "Tar det opp i arbeidsgruppen."),
        ("Ringeklokken mangler navn og H-nummer.", "Byggdrift merker ringeklokkene."),
        ("Beboeren har fått time hos NAV og ønsket følge.", "Følger til NAV."),
        ("Ryddet kjøkkenet sammen. God stemning.", ""),
        ("Beboeren er bekymret for husleien.", "Hjelper med å søke bostøtte."),
        ("Snakket om dugnaden. Beboeren vil gjerne være med.", ""),
        ("Beboeren har det tungt for tiden.", "Tar kontakt med psykisk helse og rus sammen."),
        ("Nye låser er satt inn. Beboeren føler seg tryggere.", ""),
        ("Beboeren spurte om å bytte til en større bolig.", "Sender søknad om bytte sammen."),
    ]
    /// Days between visits agreed with each resident.
    static let rhythm = [14, 21, 28, 14, 21, 14, 28, 21, 14, 28, 21, 14, 28, 21]

    static func tell(_ story: inout DemoStory, _ stock: DemoStock) {
        for (a, day) in [story.day(2023, 11, 21), story.day(2023, 11, 21), story.day(2023, 11, 24)].enumerated() {
            story.add(nil, .visit, on: day, at: 15 * 60,
                      ["address": "@" + stock.addresses[a], "date": day.iso + "T1\(a + 1):00", "kind": "inspection",
                       "note": a == 2 ? "Befaring av fellesareal og loft sammen med Byggdrift. Mistanke om veggdyr i én bolig."
                           : "Befaring av fellesareal, loft, boder og vaskerom sammen med Byggdrift."])
        }
        let first = story.day(2023, 12, 1)
        let end = story.today.adding(days: -1)
        var n = 0
        for (r, resident) in stock.residents.enumerated() {
            var day = first.adding(days: r * 2)
            var visit = 0
            while day <= end {
                let every = rhythm[r]
                let hour = 9 + (r + visit) % 6
                if (visit + r) % 5 == 4 {
                    // Not at home: tried again three days later.
                    story.add(nil, .visit, on: day, at: hour * 60 + 30,
                              ["resident": "@" + resident.key, "date": day.iso + "T\(DemoStock.two(hour)):00", "kind": "not-at-home",
                               "next": day.adding(days: 3).iso])
                    day = day.adding(days: 3)
                    if day > end { break }
                }
                let text = notes[n % notes.count]
                n += 1
                var fields = ["resident": "@" + resident.key, "date": day.iso + "T\(DemoStock.two(hour)):00", "kind": "home-visit",
                              "note": text.note, "next": day.adding(days: every).iso]
                if !text.agreed.isEmpty { fields["agreed"] = text.agreed }
                story.add(nil, .visit, on: day, at: hour * 60 + 45, fields)
                day = day.adding(days: every)
                visit += 1
            }
        }
        tellInputs(&story, stock)
    }

    static func tellInputs(_ story: inout DemoStory, _ stock: DemoStock) {
        let inputs: [(key: String, resident: Int, text: String, on: (Int, Int, Int), outcome: String?, answered: (Int, Int, Int)?, reason: String?)] = [
            ("in.storage", 0, "Vet ikke hvilken bod som er min.", (2024, 1, 8), "acted-on", (2024, 6, 12), nil),
            ("in.door", 2, "Inngangsdøren står ofte åpen om natten.", (2024, 1, 10), "acted-on", (2024, 3, 1), nil),
            ("in.light", 1, "Ønsker bedre lys i kjelleren ved bodene.", (2024, 1, 22), "acted-on", (2024, 5, 6), nil),
            ("in.bench", 3, "Vil gjerne ha en benk utenfor inngangen.", (2024, 2, 1), "alternative", (2024, 2, 27), nil),
            ("in.rubbish", 5, "Ønsker at søppelet i oppgangen blir fjernet.", (2024, 2, 12), "acted-on", (2024, 2, 16), nil),
            ("in.dog", 7, "Vil gjerne ha hund i leiligheten.", (2024, 4, 10), "declined", (2024, 4, 24),
             "Husordensreglene tillater ikke hund i disse boligene."),
            ("in.call", 8, "Vet ikke hvem jeg skal ringe i kommunen.", (2024, 9, 30), nil, nil, nil),
            ("in.dinner", 9, "Ønsker en kveld med felles middag for beboerne.", (2024, 10, 20), nil, nil, nil),
        ]
        for i in inputs {
            let day = story.day(i.on.0, i.on.1, i.on.2)
            story.add(i.key, .input, on: day, at: 16 * 60, ["resident": "@" + stock.residents[i.resident].key, "text": i.text, "date": day.iso])
            guard let outcome = i.outcome, let a = i.answered else { continue }
            let answered = story.day(a.0, a.1, a.2)
            var fields = ["outcome": outcome, "answeredOn": answered.iso]
            fields["reason"] = i.reason
            story.set(i.key, .input, on: answered, at: 16 * 60, fields)
        }
    }
}

/// The project's goals as its plan words them (chapter 2.1), with the method, means, evaluation and
/// recommendation its final report gives each sub-goal (chapter 8), and what the report counts
/// beside each: the event kinds, the indicators and the plan's measures.
enum DemoGoals {
    struct Goal {
        let key: String
        let number: String
        let title: String
        var parent: String? = nil
        var method: String? = nil
        var means: String? = nil
        var evaluation: String? = nil
        var recommendation: String? = nil
        var events: [String] = []
        var indicators: [String] = []
        /// Plan items (1–8) whose measures at every address serve the goal, and other measures by key.
        var planItems: [Int] = []
        var measures: [String] = []
    }

    static let goals: [Goal] = [
        Goal(key: "goal0", number: "0", title: "Det skal være trygge og gode bomiljøer i de kommunale boligene. Det skal legges til rette for medvirkning ut fra den enkelte leietakers forutsetning.",
             indicators: ["inputs-received", "inputs-acted-on", "survey-index"]),
        Goal(key: "goal1", number: "1", title: "Den enkelte opplever å bo godt og trygt i sin kommunale bolig", parent: "goal0",
             method: "Prosjekt, kartlegging og brukermedvirkning",
             means: "Individuell oppfølging, råd og veiledning, tidsbruk, tverrfaglig samarbeid",
             evaluation: "Tiltakene som er utført for å nå delmål 1 har gitt gode resultater. Å møte beboerne i områder med bomiljøutfordringer har gitt verdifull kunnskap og forståelse. Dialogen mellom kommunen, beboerne og naboene har bidratt til en felles forståelse av situasjonen, og målgruppen har følt seg tatt på alvor av kommunen. Flere dugnader har blitt gjennomført for å fremme deltakelse i bomiljøet, men disse har ikke gitt ønsket resultat da flertallet av beboerne ikke deltok.",
             recommendation: "Tiltakene som er utført i prosjektet anbefales videreført i boområder med utfordringer.",
             indicators: ["dugnad-invited", "dugnad-attended", "survey-index"], planItems: [1, 2, 3, 4, 6, 8], measures: ["ms.light"]),
        Goal(key: "goal1a", number: "1a", title: "Færre naboklager", parent: "goal1", events: ["neighbour-complaint", "police"]),
        Goal(key: "goal1b", number: "1b", title: "Færre oppsigelser", parent: "goal1", events: ["termination"]),
        Goal(key: "goal1c", number: "1c", title: "Færre husleierestanser", parent: "goal1", events: ["rent-arrears"]),
        Goal(key: "goal1d", number: "1d", title: "Oppleve en mer stabil bosituasjon", parent: "goal1", events: ["rehoused", "occupation"],
             indicators: ["residents-followed-up"]),
        Goal(key: "goal1e", number: "1e", title: "Oppleve å være trygg i boligen sin", parent: "goal1", events: ["vandalism"],
             indicators: ["survey-index"], planItems: [6]),
        Goal(key: "goal2", number: "2", title: "Den enkelte opplever mestring/selvstendighet og medvirkning knyttet til å bo", parent: "goal0",
             method: "Prosjekt, kartlegging og brukermedvirkning",
             means: "Husleiekontrakt, informasjon, råd og veiledning, være tilgjengelig og tverrfaglig samarbeid",
             evaluation: "Prosjektet har fokusert på å tildele egnede boliger med riktige tjenester, slik at beboerne kan ivareta bosituasjonen. Alle i prosjektet har fått individuell oppfølging og mål basert på brukermedvirkning. Dette har vært viktig for å komme i posisjon til den enkelte beboer.",
             recommendation: "Tverrfaglig samarbeid rundt beboere med sammensatte utfordringer anbefales videreført inn i ordinær drift.",
             indicators: ["visits", "inputs-received", "inputs-acted-on", "inputs-told-back", "days-to-tell-back"]),
        Goal(key: "goal2a", number: "2a", title: "Færre henvendelser til driftsavdelingen", parent: "goal2", events: ["operations-request"]),
        Goal(key: "goal2b", number: "2b", title: "Flere som mottar tjenester i boligen", parent: "goal2", events: ["services-granted"]),
        Goal(key: "goal3", number: "3", title: "Bolig- og tjenestekontoret har et tett samarbeid med driftsavdelingen for å sikre en verdig og trygg bolig", parent: "goal0",
             method: "Kartlegging, brukermedvirkning, dialog og prosjekt",
             means: "Tidsbruk, råd og veiledning, individuell oppfølging og tverrfaglig samarbeid",
             evaluation: "En omfattende kartlegging av beboernes opplevelse av trygghet i boligen har blitt gjennomført. Basert på dette har det blitt utarbeidet en handlingsplan i samarbeid med Byggdrift. Prosjektet har hatt en kontaktperson på Byggdrift, noe som har gjort kommunikasjonen mellom beboerne og kommunen enklere. Samarbeidet med ledelsen på Byggdrift har vært krevende, da det boligsosiale perspektivet møter det økonomiske perspektivet.",
             recommendation: "Tiltakene som er gjennomført bør videreføres og utvikles videre.",
             events: ["vandalism", "pest"], indicators: ["measures-done", "measures-late", "waiting-on-byggdrift"],
             planItems: [1, 2, 3, 4, 5, 6, 7, 8], measures: ["ms.pest", "ms.light"]),
        Goal(key: "goal4", number: "4", title: "Kommunen har systematisk tverrfaglig samarbeid på systemnivå for å gi best mulig tjeneste", parent: "goal0",
             method: "Prosjekt, dialog og kartlegging",
             means: "Kartlegging og samtaler med beboer; individuell oppfølging; samarbeid med hjelpeapparatet rundt beboer; tett samarbeid med psykisk helse og rusomsorg, tjenestekontoret, LAR og andre",
             evaluation: "Det har blitt gjennomført kartlegging av den enkeltes evne til å bo og deres tjenestebehov. Prosjektet har deltatt på ansvarsgruppemøter og hatt et tett samarbeid med tjenesteapparatet rundt hver beboer.",
             recommendation: "Tverrfaglig samarbeid er nøkkelen til en vellykket bosetting av kommunens målgruppe. Det anbefales å videreføre disse tiltakene.",
             events: ["services-granted"], indicators: ["visits", "residents-followed-up"]),
    ]

    /// The goals were approved at the first work group meeting; the evaluation, and the measures
    /// that served each goal, were written on the day the progress plan has it.
    static func tell(_ story: inout DemoStory, _ stock: DemoStock) {
        let approved = story.day(2024, 1, 8), evaluated = story.day(2024, 10, 2)
        for g in goals {
            var fields = ["number": g.number, "title": g.title]
            if let p = g.parent { fields["parent"] = "@" + p }
            for (field, value) in [("method", g.method), ("means", g.means)] { if let value { fields[field] = value } }
            if !g.events.isEmpty { fields["events"] = g.events.joined(separator: ";") }
            if !g.indicators.isEmpty { fields["indicators"] = g.indicators.joined(separator: ";") }
            story.add(g.key, .goal, on: approved, at: 15 * 60, fields)
            var written: [String: String] = [:]
            let measures = g.planItems.flatMap { i in stock.addresses.indices.map { "@ms.\(i).\($0)" } } + g.measures.map { "@" + $0 }
            if !measures.isEmpty { written["measures"] = measures.joined(separator: ",") }
            for (field, value) in [("evaluation", g.evaluation), ("recommendation", g.recommendation)] { if let value { written[field] = value } }
            if !written.isEmpty { story.set(g.key, .goal, on: evaluated, at: 15 * 60, written) }
        }
    }
}

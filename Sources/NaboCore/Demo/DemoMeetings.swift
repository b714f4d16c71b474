/// The work group's seven meetings as the progress plan dates them (the fifth and sixth, and the
/// days not in the report, invented in the same rhythm), and the next one after the project: each
/// called with its agenda two weeks ahead, its minutes written on the day, and sent a few days on.
/// Also the notices to residents the meetings decided on.
enum DemoMeetings {
    struct Item {
        let title: String
        let minutes: String
        var parked = false
        var input: String? = nil
    }

    static let attendees = "Mona Vik, prosjektmedarbeider; Geir Holm, boligkontoret; Line Berg, tjenestekontoret; "
        + "Ola Strand, psykisk helse og rus; Siri Dahl, NAV; Tor Lie, Byggdrift"
    static let standing = Item(title: "Boligsosiale utfordringer",
                               minutes: "Drøftet beboere som trenger tettere oppfølging; tas videre i ansvarsgruppene.")

    static func tell(_ story: inout DemoStory) {
        let meetings: [(called: CalendarDate, held: CalendarDate, sent: CalendarDate?, title: String, items: [Item])] = [
            (story.day(2023, 11, 15), story.workday(2024, 1, 8), story.day(2024, 1, 10), "Arbeidsgruppemøte 1", [
                Item(title: "Informere om prosjektet", minutes: "Prosjektmedarbeider orienterte om mål, adresser og tidsplan."),
                Item(title: "Godkjenning av kartlegging", minutes: "Skjemaet for kartlegging av bosituasjonen ble godkjent. Kartleggingen starter nå."),
                Item(title: "Avklare rammer", minutes: "Gruppen møtes omtrent hver sjette uke; referat sendes innen en uke."),
            ]),
            (story.day(2024, 1, 23), story.workday(2024, 2, 6), story.day(2024, 2, 8), "Arbeidsgruppemøte 2", [
                Item(title: "Prosjektet så langt", minutes: "Befaringene er gjort og de fleste beboerne har svart på kartleggingen."),
                Item(title: "Gjennomgang av kartleggingene",
                     minutes: "Låser, ringeklokker og tjenester hjemme betyr mest for at beboerne skal føle seg trygge."),
                Item(title: "Forslag til tiltak", minutes: "Tiltakene fra befaringen ble gått gjennom adresse for adresse."),
                Item(title: "Mistanke om veggdyr i Midtåsveien", minutes: "Byggdrift bestiller skadedyrkontroll. Beboerne varsles på SMS."),
                Item(title: "Enighet om tiltak som skal settes i en handlingsplan til drift",
                     minutes: "Åtte tiltak ved alle tre adressene. Handlingsplanen sendes til drift."),
            ]),
            (story.day(2024, 2, 6), story.workday(2024, 2, 20), story.day(2024, 2, 23), "Arbeidsgruppemøte 3", [
                Item(title: "Resultat av tiltak: hva fungerer og hva fungerer ikke",
                     minutes: "Nye låser virker. Søppel i fellesarealene er fortsatt et problem."),
                Item(title: "Hva kan prosjektet gjøre annerledes",
                     minutes: "Dugnad for å plukke søppel ute i Runarveien når snøen forsvinner, for å forebygge naboklager."),
                Item(title: "Benk utenfor inngangen",
                     minutes: "Ikke rom i budsjettet for en benk i år. Beboerne får låne hagemøbler til dugnadene.", input: "in.bench"),
            ]),
            (story.day(2024, 3, 5), story.workday(2024, 3, 19), story.day(2024, 3, 26), "Arbeidsgruppemøte 4", [
                Item(title: "Erfaringer fra dugnaden ute", minutes: "Fem beboere var invitert; tre kom. Politiet stilte opp."),
                Item(title: "Status for handlingsplanen", minutes: "Låsene er byttet. Ringeklokkene merkes i Runarveien."),
                Item(title: "Kostnad for rydding og vask av trappeoppgangen",
                     minutes: "Venter på svar fra Byggdrift om hvem som bærer kostnaden.", parked: true),
            ]),
            (story.day(2024, 4, 16), story.workday(2024, 4, 30), story.day(2024, 4, 30), "Arbeidsgruppemøte 5", [
                Item(title: "Rydding ute før sommeren", minutes: "Beboerne varsles på SMS. Prosjektet skaffer sekker og hansker."),
                Item(title: "Lys i kjelleren ved bodene", minutes: "Byggdrift setter opp nye lysarmaturer ved bodene.", input: "in.light"),
            ]),
            (story.day(2024, 5, 28), story.workday(2024, 6, 11), story.day(2024, 6, 14), "Arbeidsgruppemøte 6", [
                Item(title: "Erfaringer fra dugnaden inne", minutes: "Loftet i Runarveien er ryddet og kan låses."),
                Item(title: "Andre runde av kartleggingen", minutes: "Gjennomføres til høsten med det samme skjemaet."),
                Item(title: "Kostnad for rydding og vask av trappeoppgangen",
                     minutes: "Fortsatt ikke avklart med Byggdrift.", parked: true),
            ]),
            (story.day(2024, 10, 1), story.workday(2024, 10, 8), story.day(2024, 10, 15), "Arbeidsgruppemøte 7", [
                Item(title: "Evaluering av prosjektet", minutes: "Gruppen gikk gjennom målene og tallene for prosjektåret."),
                Item(title: "Redegjøre for resultat", minutes: "Færre naboklager og henvendelser til drift; flere får tjenester hjemme."),
                Item(title: "Veien videre", minutes: "Arbeidet videreføres i ordinær drift. Gruppen møtes igjen etter sluttrapporten."),
                Item(title: "Kostnad for rydding og vask av trappeoppgangen",
                     minutes: "Ikke avklart; tas opp med ledelsen i Byggdrift.", parked: true),
            ]),
            (story.day(2024, 10, 31), story.workday(2024, 11, 19), nil, "Arbeidsgruppemøte – videreføring", [
                Item(title: "Sluttrapporten", minutes: ""),
                Item(title: "Overlevering til ordinær drift", minutes: ""),
            ]),
        ]
        for (m, meeting) in meetings.enumerated() {
            let key = "M\(m + 1)"
            let isLast = m == meetings.count - 1
            story.add(key, .meeting, on: meeting.called, at: isLast ? 8 * 60 : 9 * 60,
                      ["date": meeting.held.iso + "T10:00", "title": meeting.title, "place": "Rådhuset, møterom 3", "attendees": attendees])
            for (i, item) in (meeting.items + [standing]).enumerated() {
                var fields = ["meeting": "@" + key, "title": item.title]
                if item.parked { fields["parked"] = "yes" }
                if item.title == standing.title { fields["standing"] = "yes" }
                if let input = item.input { fields["input"] = "@" + input }
                story.add("\(key).\(i + 1)", .agendaItem, on: meeting.called, at: isLast ? 8 * 60 : 9 * 60, fields)
                if !isLast, !item.minutes.isEmpty {
                    story.set("\(key).\(i + 1)", .agendaItem, on: meeting.held, at: 15 * 60, ["minutes": item.minutes])
                }
            }
            if let sent = meeting.sent { story.set(key, .meeting, on: sent, at: 16 * 60, ["minutesSent": sent.iso]) }
        }
        let notices: [(day: CalendarDate, addresses: String, how: String, text: String)] = [
            (story.day(2024, 2, 9), "@adr2", "sms", "Skadedyrkontroll kommer tirsdag. Gi beskjed om du ikke kan være hjemme."),
            (story.day(2024, 2, 16), "@adr0,@adr1", "posted",
             "Søppel og skrot i trappeoppgangen blir fjernet mandag. Ta vare på det du vil beholde."),
            (story.day(2024, 2, 19), "@adr0,@adr1,@adr2", "posted", "Byggdrift bytter låser på inngangsdørene denne uken."),
        ]
        for n in notices {
            story.add(nil, .notice, on: n.day, at: 10 * 60, ["addresses": n.addresses, "how": n.how, "text": n.text, "date": n.day.iso])
        }
    }
}

/// What a survey response must hold: the resident's consent, given first; answers 1-7 or null for "no
/// answer"; follow-up answers as text for statements of its form. A response in progress may have any
/// number of answers, since the survey was paused.
enum SurveyResponseRules {
    static func check(_ d: Draft, _ replica: Replica, _ context: Context) throws(Message) {
        let response = d.response(in: replica)
        guard let consent = response.consent else {
            throw Message(nb: "Svaret kan ikke lagres uten samtykke. Spør beboeren først, og skriv datoen samtykket ble gitt.",
                          en: "The response cannot be saved without consent. Ask the resident first and record the date consent was given.",
                          field: "consent")
        }
        if consent > context.today {
            throw Message(nb: "Samtykket (\(consent.norwegian)) kan ikke være gitt fram i tid.",
                          en: "Consent (\(DateWords.numeric(consent, .en))) cannot be given in the future.", field: "consent")
        }
        if let date = response.date, consent > date {
            throw Message(nb: "Samtykket må være gitt før svarene (\(date.norwegian)), ikke \(consent.norwegian).",
                          en: "Consent must come before the answers (\(DateWords.numeric(date, .en))), not on \(DateWords.numeric(consent, .en)).", field: "consent")
        }
        // The answers and follow-up answers are judged as typed, since the response keeps only what it can read.
        guard let answers = d.values["answers"]?.object else {
            throw Message(nb: "Svarene skrives som JSON, for eksempel {\"1\": 5, \"2\": null}.", en: "Answers are JSON, for example {\"1\": 5, \"2\": null}.", field: "answers")
        }
        for (_, v) in answers where !v.isNull && !(v.int.map { (1...7).contains($0) } ?? false) {
            throw Message(nb: "Et svar er et tall fra 1 til 7, eller tomt.", en: "An answer is a number from 1 to 7, or empty.", field: "answers")
        }
        try checkFollowUps(d.values["followUps"] ?? .null, form: replica.live(EntityType.form.rawValue, response.form))
        try checkOnePerRound(d, response, replica)
    }

    /// One complete response per resident and round. A record already complete in its round when
    /// stored stays editable, so two responses synced from two laptops can still be put right.
    static func checkOnePerRound(_ d: Draft, _ response: SurveyResponse, _ replica: Replica) throws(Message) {
        guard response.status == .complete,
              let earlier = SurveyResponse.complete(resident: response.resident, round: response.round, except: d.id, in: replica) else { return }
        if let stored = replica.live(EntityType.response.rawValue, d.id), SurveyResponse.status(of: stored) == .complete,
           SurveyResponse.resident(of: stored) == response.resident, SurveyResponse.round(of: stored) == response.round { return }
        let name = replica.liveResident(response.resident).map { $0.name.isEmpty ? response.resident : $0.name } ?? response.resident
        let nb = earlier.date.map { " \($0.norwegian)" } ?? ""
        let en = earlier.date.map { " on \($0.iso)" } ?? ""
        throw Message(nb: "\(name) har allerede svart på kartleggingen i runde «\(response.round)»\(nb) (\(earlier.id)). Erstatt det svaret (--replace) eller velg en annen runde.",
                      en: "\(name) already answered the survey in round “\(response.round)”\(en) (\(earlier.id)). Replace that response (--replace) or choose another round.",
                      field: "round")
    }

    static func checkFollowUps(_ value: JSONValue, form: Record?) throws(Message) {
        if value.isNull { return }
        guard let o = value.object, o.values.allSatisfy({ $0.string != nil || $0.isNull }) else {
            throw Message(nb: "Oppfølgingssvar skrives som tekst per påstand, for eksempel {\"3\": \"Låsen går ikke i lås\"}.",
                          en: "Follow-up answers are text per statement, for example {\"3\": \"The lock does not catch\"}.", field: "followUps")
        }
        guard let form else { return }
        let ids = Set(SurveyForm(form).statements.map(\.id))
        if let unknown = o.keys.sorted().first(where: { !ids.contains($0) }) {
            throw Message(nb: "Skjemaet har ingen påstand \(unknown).", en: "The form has no statement \(unknown).", field: "followUps")
        }
    }
}

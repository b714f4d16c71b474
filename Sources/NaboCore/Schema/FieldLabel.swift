/// How a field is named to a worker in messages and forms.
public enum FieldLabel {
    static let nb: [String: String] = [
        "street": "gate", "number": "nummer", "letter": "bokstav", "postcode": "postnummer", "city": "poststed",
        "address": "adresse", "addresses": "adresser", "rooms": "rom", "status": "status", "name": "navn", "unit": "bolig",
        "phone": "telefon", "movedIn": "innflyttet", "movedOut": "utflyttet", "residents": "beboere", "resident": "beboer",
        "date": "dato", "kind": "type", "worker": "medarbeider", "note": "notat", "agreed": "avtalt", "next": "neste besøk",
        "planItem": "tiltakspunkt", "category": "kategori", "title": "tittel", "costToAgree": "kostnad avklares",
        "responsible": "ansvarlig", "precondition": "forutsetning", "inspection": "befaring", "due": "frist",
        "description": "beskrivelse", "contact": "kontakt", "costBearer": "kostnadsbærer", "visit": "besøk",
        "start": "start", "end": "slutt", "tasks": "oppgaver", "invited": "inviterte", "attended": "møtte",
        "extra": "andre deltakere", "meetingPoint": "oppmøtested", "text": "tekst", "outcome": "utfall",
        "answeredOn": "svar gitt", "reason": "begrunnelse", "form": "skjema", "round": "runde", "answers": "svar",
        "version": "versjon", "frequency": "hyppighet (dager)", "content": "innhold", "partners": "samarbeidspartnere",
        "consent": "samtykke", "started": "startet", "ended": "avsluttet", "endReason": "grunn til avslutning", "scale": "skala", "statements": "påstander", "formVersion": "skjemaversjon",
        "response": "kartleggingssvar", "statement": "påstand", "followUps": "oppfølgingssvar", "equipment": "utstyr fra Byggdrift",
        "food": "mat", "notices": "varsler", "parent": "overordnet mål", "method": "metode", "means": "virkemidler",
        "evaluation": "evaluering", "recommendation": "anbefaling", "events": "hendelser som telles", "indicators": "indikatorer",
        "measures": "tiltak",
    ]
    static let en: [String: String] = [
        "movedIn": "moved in", "movedOut": "moved out", "next": "next visit", "planItem": "plan item",
        "costToAgree": "cost to be agreed", "costBearer": "cost bearer", "answeredOn": "answered on",
        "meetingPoint": "meeting point", "formVersion": "form version", "extra": "others attending",
        "frequency": "frequency (days)", "endReason": "reason for ending", "response": "survey response",
        "followUps": "follow-up answers", "equipment": "equipment from Byggdrift",
    ]

    public static func text(_ field: String, _ language: Language) -> String {
        language == .nb ? nb[field] ?? field : en[field] ?? field
    }
}

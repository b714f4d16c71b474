/// The survey Sandefjord used ("Kartlegging av bosituasjonen"): 13 statements on a 1-7 agreement
/// scale, with the follow-up questions the worker talks through. Statement 9 is negatively worded.
public enum BuiltInForm {
    public static let name = "Kartlegging av bosituasjonen"

    public static let scale: JSONValue = .array([
        ["value": 1, "nb": "Veldig uenig", "en": "Strongly disagree"],
        ["value": 2, "nb": "Uenig", "en": "Disagree"],
        ["value": 3, "nb": "Litt uenig", "en": "Somewhat disagree"],
        ["value": 4, "nb": "Både enig og uenig", "en": "Both agree and disagree"],
        ["value": 5, "nb": "Litt enig", "en": "Somewhat agree"],
        ["value": 6, "nb": "Enig", "en": "Agree"],
        ["value": 7, "nb": "Veldig enig", "en": "Strongly agree"],
    ])

    static let rows: [(String, String, String?, String?)] = [
        ("Jeg er fornøyd med boligen min", "I am satisfied with my home", "Hva gjør at du ikke er fornøyd med boligen din?", "What makes you dissatisfied with your home?"),
        ("Jeg ser på boligen min som et hjem", "I see my dwelling as a home",
         "Hva er et hjem for deg? Hva skal til for at boligen kan bli et hjem? Hva kan du gjøre for at den skal føles som et hjem?",
         "What is a home to you? What would make the dwelling a home? What can you do to make it feel like one?"),
        ("Jeg føler meg trygg i boligen", "I feel safe in my home",
         "Hva skal til for at du føler deg trygg? Hva kan du gjøre annerledes for å føle deg trygg?",
         "What would make you feel safe? What could you do differently to feel safe?"),
        ("Jeg er fornøyd med nabolaget", "I am satisfied with the neighbourhood",
         "Hva er bra og mindre bra med nabolaget? Hva kan du bidra med i nabolaget?",
         "What is good and less good about the neighbourhood? What can you contribute?"),
        ("Jeg mottar tjenester fra kommunen", "I receive services from the municipality",
         "Hva gjør at du ikke ønsker å motta tjenester? Hva skal til for at du kan motta tjenester?",
         "What makes you not want services? What would make it possible to receive them?"),
        ("Jeg opplever at jeg kan påvirke den hjelpen jeg får fra kommunen", "I can influence the help I get from the municipality",
         "Hva gjør at du opplever å ikke kunne påvirke hjelpen du får?", "What makes you feel you cannot influence the help you get?"),
        ("Jeg er fornøyd med den hjelpen jeg får fra kommunen", "I am satisfied with the help I get from the municipality",
         "Hva gjør at du ikke er fornøyd med hjelpen?", "What makes you dissatisfied with the help?"),
        ("Jeg har kun besøk etter eget ønske", "I only have visitors I want", nil, nil),
        ("Jeg opplever uønsket besøk i boligen", "I experience unwanted visitors in my home",
         "Har du forslag til hva som skal til for å unngå uønsket besøk?", "Do you have suggestions for avoiding unwanted visitors?"),
        ("Jeg vet hvor boden min er", "I know where my storage room is", "Er bodene merket med leilighetsnummer?", "Are the storage rooms labelled with the flat number?"),
        ("Jeg er trygg på at tingene mine er trygge i boden", "I trust that my things are safe in my storage room",
         "Hva kan gjøres for å få en bedre og tryggere bod?", "What could make the storage room better and safer?"),
        ("Jeg opplever fellesarealet som ok", "The common areas are OK",
         "Hva er positivt og negativt med fellesarealene? Hva er viktig for deg?", "What is good and bad about the common areas? What matters to you?"),
        ("Jeg opplever å kunne påvirke hvordan fellesarealet i oppgangen min ser ut", "I can influence how the common area of my stairwell looks", nil, nil),
    ]

    public static let statements: JSONValue = .array(rows.enumerated().map { i, r in
        var o: [String: JSONValue] = ["id": .string(String(i + 1)), "nb": .string(r.0), "en": .string(r.1), "negative": .bool(i == 8)]
        if let f = r.2 { o["followUpNb"] = .string(f) }
        if let f = r.3 { o["followUpEn"] = .string(f) }
        return .object(o)
    })

    public static var edit: Edit {
        Edit(values: ["name": name, "version": "1", "scale": scale.jsonText, "statements": statements.jsonText])
    }
}

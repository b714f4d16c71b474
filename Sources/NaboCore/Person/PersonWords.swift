/// The words and the shape of the innsyn document: its sections, and which fields each shows.
enum PersonWords {
    static let anotherResident = Message(nb: "en annen beboer", en: "another resident")
    static let noAnswer = Message(nb: "Ikke svart", en: "No answer")
    static let followUpAnswer = Message(nb: "Oppfølgingssvar", en: "Follow-up answer")
    static let followUpSince = Message(nb: "Oppfølging fra", en: "Follow-up from")
    static let notice = Message(nb: "Varsel", en: "Notice")
    static let invited = Message(nb: "Invitert", en: "Invited")
    static let attended = Message(nb: "Møtte", en: "Attended")

    static func key(_ type: EntityType) -> String {
        switch type {
        case .resident: "resident"
        case .tenancy: "tenancies"
        case .visit: "visits"
        case .input: "inputs"
        case .response: "surveyResponses"
        case .followUp: "followUpPlans"
        case .dugnad: "dugnads"
        case .measure: "measures"
        case .event: "events"
        default: type.rawValue
        }
    }

    static func section(_ type: EntityType) -> Message {
        switch type {
        case .resident: Message(nb: "Beboeren", en: "The resident")
        case .tenancy: Message(nb: "Hvor beboeren har bodd", en: "Where they have lived")
        case .visit: Message(nb: "Besøk og kontakt", en: "Visits and contacts")
        case .input: Message(nb: "Innspill", en: "Inputs")
        case .response: Message(nb: "Kartlegginger", en: "Survey responses")
        case .followUp: Message(nb: "Oppfølgingsplaner", en: "Follow-up plans")
        case .dugnad: Message(nb: "Dugnader", en: "Dugnads")
        case .measure: Message(nb: "Tiltak laget fra besøk eller svar", en: "Measures made from their visits or answers")
        case .event: Message(nb: "Hendelser", en: "Events")
        default: Message(nb: type.nameNb, en: type.nameEn)
        }
    }

    /// The survey's answers are shown as statements in words, and of a dugnad only its plan: whether
    /// the person was invited and came is a detail of its own, and the other guests are not theirs.
    static func isShown(_ field: String, of type: EntityType) -> Bool {
        switch type {
        case .response: !["answers", "followUps"].contains(field)
        case .dugnad: ["title", "start", "end", "addresses", "meetingPoint"].contains(field)
        default: true
        }
    }

    static let title = Message(nb: "Alt Nabo har om", en: "Everything Nabo holds about")
    static func made(_ day: CalendarDate, _ language: Language) -> String {
        Message(nb: "Laget \(DateWords.numeric(day, .nb)). Andre beboere er bare nevnt som «en annen beboer».",
                en: "Made on \(DateWords.numeric(day, .en)). Other residents are named only as “another resident”.").text(language)
    }
    static let changes = Message(nb: "Endringer", en: "Changes")
    static let deleted = Message(nb: "slettet", en: "deleted")
    static let restored = Message(nb: "gjenopprettet", en: "restored")
    static let deletedRecord = Message(nb: "(slettet)", en: "(deleted)")
}

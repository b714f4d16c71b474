import NaboCore

/// The words of the due list and the week of planned visits, in bokmål and English.
enum DueText {
    static let due = Message(nb: "Forfalte besøk", en: "Visits due")
    static let week = Message(nb: "Ukens besøk", en: "This week's visits")
    static let helpDue = Message(nb: "Beboere som skal besøkes, mest forfalt først", en: "Residents due a visit, most overdue first")
    static let helpWeek = Message(nb: "Besøk avtalt denne uken", en: "Visits agreed for this week")
    static let overdue = Message(nb: "Dager", en: "Days")
    static let dueSince = Message(nb: "Forfalt", en: "Due")
    static let lastVisit = Message(nb: "Sist besøkt", en: "Last visit")
    /// Attempts where nobody was home since the last visit.
    static let attempts = Message(nb: "Forsøk", en: "Tries")
    static let why = Message(nb: "Hvorfor", en: "Why")
    static let agreedNext = Message(nb: "avtalt dato", en: "agreed date")
    static let frequency = Message(nb: "hyppighet", en: "frequency")
    static let day = Message(nb: "Dag", en: "Day")
    static let nobodyDue = Message(nb: "Ingen beboere har forfalt besøk.", en: "No resident is due a visit.")
    static let nothingPlanned = Message(nb: "Ingen besøk er avtalt denne uken.", en: "No visits are agreed for this week.")

}

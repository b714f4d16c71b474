import NaboCore

/// The words of the timeline and history screens, in bokmål and English.
enum TimelineText {
    static let timeline = Message(nb: "Tidslinje", en: "Timeline")
    static let history = Message(nb: "Historikk", en: "History")
    static let helpTimeline = Message(nb: "Beboerens tidslinje: besøk, innspill, kartlegginger, tiltak",
                                      en: "The resident's timeline: visits, inputs, surveys, measures")
    static let helpHistory = Message(nb: "Boligens historikk på tvers av beboere", en: "The unit's history across residents")
    static let when = Message(nb: "Når", en: "When")
    static let what = Message(nb: "Hva", en: "What")
    static let summary = Message(nb: "Sammendrag", en: "Summary")
    static let empty = Message(nb: "Ingenting registrert ennå.", en: "Nothing recorded yet.")

    static func kind(_ kind: TimelineEntry.Kind) -> Message {
        switch kind {
        case .visit: Message(nb: "besøk", en: "visit")
        case .input: Message(nb: "innspill", en: "input")
        case .event: Message(nb: "hendelse", en: "event")
        case .response: Message(nb: "kartlegging", en: "survey")
        case .measure: Message(nb: "tiltak", en: "measure")
        case .movedIn: Message(nb: "innflytting", en: "moved in")
        case .movedOut: Message(nb: "utflytting", en: "moved out")
        }
    }

    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }
}

extension TimelineEntry.Kind {
    /// Every kind, for the column's width.
    static let allKinds: [TimelineEntry.Kind] = [.visit, .input, .response, .measure, .movedIn, .movedOut]
}

import NaboCore

/// The words of the draft's offer.
enum DraftText {
    static func visit(_ name: String?) -> Message {
        name.map { Message(nb: "Du førte et besøk hos \($0)", en: "You were logging a visit to \($0)") }
            ?? Message(nb: "Du førte et besøk", en: "You were logging a visit")
    }

    static func survey(_ name: String?) -> Message {
        name.map { Message(nb: "Du tok undersøkelsen med \($0)", en: "You were taking the survey with \($0)") }
            ?? Message(nb: "Du tok undersøkelsen", en: "You were taking the survey")
    }

    static func form(_ name: String?) -> Message {
        name.map { Message(nb: "Du fylte ut et skjema for \($0)", en: "You were filling in a form for \($0)") }
            ?? Message(nb: "Du fylte ut et skjema", en: "You were filling in a form")
    }

    /// "at 14:02", or "on 21 Nov at 14:02" for another day.
    static func when(_ day: CalendarDate?, minutes: Int, today: CalendarDate) -> Message {
        let time = (day.map { LocalDateTime(date: $0, minutes: minutes).time } ?? nil) ?? ""
        guard let day, day != today else { return Message(nb: "kl. \(time)", en: "at \(time)") }
        return Message(nb: "\(day.text(.nb)) kl. \(time)", en: "on \(day.text(.en)) at \(time)")
    }

    static func offer(_ what: Message, _ when: Message) -> Message {
        Message(nb: "\(what.nb) \(when.nb). Fortsette? j ja · n forkast", en: "\(what.en) \(when.en). Continue? y yes · n discard")
    }

    static let continued = Message(nb: "Utkastet er åpnet igjen, med alt som var skrevet.", en: "The draft is open again, with everything typed.")
    static let discarded = Message(nb: "Utkastet er forkastet.", en: "The draft is discarded.")
    static let gone = Message(nb: "Utkastet gjaldt noe som ikke lenger finnes i dataene, så det er forkastet.",
                              en: "The draft was about something no longer in the data, so it is discarded.")

    static let helpContinue = Message(nb: "Fortsett med utkastet", en: "Continue with the draft")
    static let helpDiscard = Message(nb: "Forkast utkastet", en: "Discard the draft")
}

/// While a draft is offered only its answers act, so no key meant for a screen throws it away.
enum DraftKeys {
    static let offer = KeyMap<AppAction>([
        KeyBinding([.character("y"), .character("j")], .draft(.continued), help: DraftText.helpContinue),
        KeyBinding([.character("n"), .escape], .draft(.discarded), help: DraftText.helpDiscard),
    ])
}

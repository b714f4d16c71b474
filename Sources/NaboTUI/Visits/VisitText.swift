import NaboCore

/// The words of the visit form and of not-at-home, in bokmål and English.
enum VisitText {
    static let title = Message(nb: "Nytt besøk", en: "New visit")
    static func label(_ field: VisitForm.Field) -> Message {
        switch field {
        case .resident: Message(nb: "Beboer", en: "Resident")
        case .date: Message(nb: "Dato og tid", en: "Date and time")
        case .kind: Message(nb: "Type", en: "Kind")
        case .note: Message(nb: "Notat", en: "Note")
        case .agreed: Message(nb: "Avtalt", en: "Agreed")
        case .next: Message(nb: "Neste besøk", en: "Next visit")
        }
    }

    static func hint(_ field: VisitForm.Field) -> Message {
        switch field {
        case .resident: Message(nb: "Skriv del av navn, adresse eller H-nummer; ↑/↓ velger.", en: "Type part of a name, address or H-number; ↑/↓ chooses.")
        case .date: Message(nb: "Som 22.11.2026 14:30; klokkeslettet kan utelates.", en: "As 22 Nov 2026 14:30; the time may be left out.")
        case .kind: Message(nb: "↑/↓ bytter type.", en: "↑/↓ changes the kind.")
        case .note, .agreed: Message(nb: "Ctrl-E skriver i $EDITOR.", en: "Ctrl-E writes in $EDITOR.")
        case .next: Message(nb: "Som 22.11.2026; Enter lagrer.", en: "As 22 Nov 2026; Enter saves.")
        }
    }

    static let leaveQuestion = Message(nb: "Forkaste det du har skrevet? j/y forkaster, annen tast fortsetter.",
                                       en: "Throw away what you typed? y throws away, any other key goes on.")
    static let saving = Message(nb: "Lagrer …", en: "Saving …")
    static let noMatches = Message(nb: "Ingen beboer passer.", en: "No resident matches.")
    static let residentMissing = Message(nb: "Velg beboeren besøket gjaldt.", en: "Choose the resident the visit was to.", field: "residents")
    static let chooseResidentFirst = Message(nb: "Velg en beboer først.", en: "Choose a resident first.")

    static func noResidentMatches(_ query: String) -> Message {
        Message(nb: "Ingen beboer passer «\(query)».", en: "No resident matches “\(query)”.", field: "residents")
    }

    static func saved(_ name: String) -> Message {
        Message(nb: "Besøket hos \(name) er lagret. Skjemaet er klart for neste.", en: "The visit to \(name) is saved. The form is ready for the next.")
    }

    static func confirmNotAtHome(_ name: String) -> Message {
        Message(nb: "Logge «ikke hjemme» hos \(name) nå? j logger, annen tast avbryter.",
                en: "Log “not at home” for \(name) now? y logs it, any other key cancels.")
    }

    static func notAtHomeSaved(_ name: String) -> Message {
        Message(nb: "«Ikke hjemme» hos \(name) er logget: et forsøk, ikke et besøk.",
                en: "“Not at home” logged for \(name): an attempt, not a visit.")
    }

    /// The date and time as the form shows and reads them.
    /// A date and time as forms show it, in the language's one date format, so that every form
    /// and screen writes a day the same way.
    static func dateTime(_ time: LocalDateTime, _ language: Language) -> String {
        let day = time.date.text(language)
        guard let minutes = time.minutes else { return day }
        return day + " " + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)
    }

    private static func twoDigits(_ number: Int) -> String { number < 10 ? "0" + String(number) : String(number) }

    static let helpInput = Message(nb: "Registrer et innspill fra beboeren", en: "Record an input from the resident")
    static let helpOpenInputs = Message(nb: "Innspill som venter på svar, eldst først", en: "Inputs waiting for an answer, oldest first")
    static let helpAnswer = Message(nb: "Sett utfall og dato svaret ble gitt", en: "Set the outcome and the day it was answered")
    static let statusAnswer = Message(nb: "svar", en: "answer")
    static let openInputsTitle = Message(nb: "Åpne innspill", en: "Open inputs")
    static let newInput = Message(nb: "Nytt innspill", en: "New input")
    static let answerTitle = Message(nb: "Svar på innspill", en: "Answer to an input")
    static let noOpenInputs = Message(nb: "Ingen innspill venter på svar.", en: "No input is waiting for an answer.")
    static let waiting = Message(nb: "Dager", en: "Days")
    static let inputDate = Message(nb: "Dato", en: "Date")
    static let inputHint = Message(nb: "Tab neste felt, Ctrl-E skriver i $EDITOR, Ctrl-S lagrer.",
                                   en: "Tab next field, Ctrl-E writes in $EDITOR, Ctrl-S saves.")
    /// Only the answer has an outcome to choose.
    static let answerHint = Message(nb: "Tab neste felt, ↑/↓ utfall, Ctrl-E skriver i $EDITOR, Ctrl-S lagrer.",
                                    en: "Tab next field, ↑/↓ outcome, Ctrl-E writes in $EDITOR, Ctrl-S saves.")
    static let inputText = Message(nb: "Innspill", en: "Input")
    static let inputAnswered = Message(nb: "Svaret på innspillet er lagret.", en: "The answer to the input is saved.")

    static func inputSaved(_ name: String) -> Message {
        Message(nb: "Innspillet fra \(name) er lagret.", en: "The input from \(name) is saved.")
    }

    static let helpPlan = Message(nb: "Oppfølgingsplanen: hyppighet, innhold, samarbeidspartnere, samtykke, avslutning",
                                  en: "The follow-up plan: frequency, content, partners, consent, end")
    static let planTitle = Message(nb: "Oppfølgingsplan", en: "Follow-up plan")
    static let planHint = Message(nb: "Partnere: «NAV: Kari, 900 00 000; DPS». Ctrl-E: $EDITOR. Ctrl-S: lagre.",
                                  en: "Partners: “NAV: Kari, 900 00 000; DPS”. Ctrl-E: $EDITOR. Ctrl-S: save.")

    static func planSaved(_ name: String) -> Message {
        Message(nb: "Oppfølgingsplanen for \(name) er lagret.", en: "The follow-up plan for \(name) is saved.")
    }

    static func recordLabel(_ field: RecordForm.Field) -> Message {
        switch field {
        case .frequency: Message(nb: "Hyppighet (dager)", en: "Every (days)")
        case .content: Message(nb: "Innhold", en: "Content")
        case .partners: Message(nb: "Samarbeidspartnere", en: "Partners")
        case .consent: Message(nb: "Samtykke", en: "Consent")
        case .ended: Message(nb: "Avsluttet", en: "Ended")
        case .title: Message(nb: "Tittel", en: "Title")
        case .category: Message(nb: "Kategori", en: "Category")
        case .place: Message(nb: "Gjelder", en: "Where")
        case .description: Message(nb: "Beskrivelse", en: "Description")
        case .endReason: Message(nb: "Hvorfor avsluttet", en: "Why ended")
        case .text: Message(nb: "Hva ble sagt", en: "What was said")
        case .date: Message(nb: "Dato", en: "Date")
        case .outcome: Message(nb: "Utfall", en: "Outcome")
        case .answeredOn: Message(nb: "Svar gitt", en: "Answered on")
        case .reason: Message(nb: "Begrunnelse", en: "Reason")
        case .start: DugnadText.startLabel
        case .end: DugnadText.endLabel
        case .addresses: DugnadText.addresses
        case .meetingPoint: DugnadText.meetingPoint
        case .tasks: DugnadText.tasks
        case .equipment: DugnadText.equipment
        case .food: DugnadText.food
        case .note: DugnadText.noteTitle
        case .how: DugnadText.howLabel
        case .statement: SurveyText.statementLabel
        case .invited: DugnadText.inviteLabel
        case .export: DugnadText.exportLabel
        // The stock's and a whole measure's, named where the purpose is known (`StockText.label`).
        default: Message(nb: FieldLabel.text(field.rawValue, .nb).capitalizedFirst, en: FieldLabel.text(field.rawValue, .en).capitalizedFirst)
        }
    }

    static let helpMeasure = Message(nb: "Gjør en mangel sett på besøket til et tiltak i handlingsplanen",
                                     en: "Turn a defect seen on the visit into a measure for the action plan")
    static let helpEdit = Message(nb: "Rett det valgte besøket", en: "Correct the selected visit")
    static let helpDelete = Message(nb: "Slett det valgte besøket (u angrer)", en: "Delete the selected visit (u undoes)")
    static let measureTitle = Message(nb: "Tiltak fra besøket", en: "Measure from the visit")
    static let measureHint = Message(nb: "↑/↓ velger kategori og sted. Ctrl-S legger tiltaket i handlingsplanen.",
                                     en: "↑/↓ choose the category and place. Ctrl-S puts the measure in the action plan.")
    static let visitDeleted = Message(nb: "Besøket er slettet. u angrer.", en: "The visit is deleted. u undoes that.")
    static let atUnit = Message(nb: "boligen", en: "the unit")
    static let atAddress = Message(nb: "hele adressen", en: "the whole address")
    static let editTitle = Message(nb: "Rett besøk", en: "Correct a visit")

    static func measureSaved(_ title: String) -> Message {
        Message(nb: "Tiltaket «\(title)» er lagt i handlingsplanen.", en: "The measure “\(title)” is in the action plan.")
    }

    static func visitCorrected(_ name: String) -> Message {
        Message(nb: "Besøket hos \(name) er rettet.", en: "The visit to \(name) is corrected.")
    }

    static func confirmDelete(_ visit: String) -> Message {
        Message(nb: "Slette besøket \(visit)? j/y sletter, annen tast avbryter.", en: "Delete the visit \(visit)? y deletes, any other key cancels.")
    }

    /// "19.11.2026 hjemmebesøk", to name a visit in a question.
    static func describe(_ visit: VisitEntry, _ language: Language) -> String {
        (visit.day?.text(language) ?? "") + " " + VisitKind.word(visit.kind).text(language)
    }

    static let helpForm = Message(nb: "Logg et besøk", en: "Log a visit")
    static let helpNotAtHome = Message(nb: "Logg «ikke hjemme» nå (bekreft med j/y)", en: "Log “not at home” now (confirm with y)")
    static let helpNextField = Message(nb: "Neste felt", en: "Next field")
    static let helpPreviousField = Message(nb: "Forrige felt", en: "Previous field")
    static let helpEnter = Message(nb: "Neste felt; lagrer på siste", en: "Next field; saves on the last")
    static let helpSaveForm = Message(nb: "Lagre skjemaet", en: "Save the form")
    static let helpEditor = Message(nb: "Skriv feltet i $VISUAL/$EDITOR", en: "Write the field in $VISUAL/$EDITOR")
    static let helpChoice = Message(nb: "Velg beboer eller type", en: "Choose the resident or kind")
    static let helpLeave = Message(nb: "Lukk skjemaet", en: "Close the form")
    static let statusVisit = Message(nb: "besøk", en: "visit")
    static let statusSave = Message(nb: "lagre", en: "save")
    static let statusField = Message(nb: "felt", en: "field")
    static let statusLeave = Message(nb: "lukk", en: "close")
}

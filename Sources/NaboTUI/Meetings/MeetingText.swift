import NaboCore

/// The words of the meeting screens and forms.
enum MeetingText {
    static let meetings = Message(nb: "Møter", en: "Meetings")
    static let meeting = Message(nb: "Møte", en: "Meeting")
    static let help = Message(nb: "Arbeidsgruppens møter: neste møte, det som står åpent, alle møter",
                              en: "The work group's meetings: the next one, what is still open, every meeting")
    static let openMeeting = Message(nb: "Åpne møtet", en: "Open the meeting")
    static let helpNewMeeting = Message(nb: "Nytt møte", en: "New meeting")
    static let helpChangeSelected = Message(nb: "Endre det valgte møtet", en: "Change the selected meeting")
    static let helpNewItem = Message(nb: "Ny sak på dagsordenen", en: "New item on the agenda")
    static let helpChangeItem = Message(nb: "Endre den valgte saken (referat, parkert, fast sak)", en: "Change the selected item (minutes, parked, standing)")
    static let helpChangeMeeting = Message(nb: "Endre møtet (tid, sted, til stede, referat sendt)", en: "Change the meeting (time, place, attendees, minutes sent)")
    static let helpDecision = Message(nb: "Gjør vedtaket i den valgte saken til et tiltak", en: "Turn the selected item's decision into a measure")

    static let next = Message(nb: "Neste møte", en: "Next meeting")
    static let noNext = Message(nb: "Neste møte: ikke satt opp. n legger til et møte.", en: "Next meeting: none planned. n adds a meeting.")
    static let agenda = Message(nb: "Dagsorden", en: "Agenda")
    static let noAgenda = Message(nb: "Ingen saker ennå.", en: "No items yet.")
    static let stillOpen = Message(nb: "Åpent fra forrige møte", en: "Still open from the last meeting")
    static let nothingOpen = Message(nb: "Ingenting står åpent.", en: "Nothing is open.")
    static let all = Message(nb: "Alle møter", en: "All meetings")
    static let none = Message(nb: "Ingen møter ennå. n legger til et møte.", en: "No meetings yet. n adds a meeting.")
    static let noItems = Message(nb: "Ingen saker på dagsordenen. n legger til en sak.", en: "No items on the agenda. n adds an item.")

    static let date = Message(nb: "Dato", en: "Date")
    static let title = Message(nb: "Møte", en: "Meeting")
    static let place = Message(nb: "Sted", en: "Place")
    static let minutesSent = Message(nb: "Referat sendt", en: "Minutes sent")
    static let minutesNotSent = Message(nb: "⚠ referat ikke sendt", en: "⚠ minutes not sent")
    static let attendees = Message(nb: "Til stede", en: "Attendees")
    static let item = Message(nb: "Sak", en: "Item")
    static let mark = Message(nb: "Merke", en: "Mark")
    static let decisions = Message(nb: "Vedtak", en: "Decisions")
    static let minutes = Message(nb: "Referat", en: "Minutes")
    static let noMinutes = Message(nb: "Ikke noe referat ennå.", en: "No minutes yet.")
    static let noDecisions = Message(nb: "Ingen tiltak vedtatt. M gjør vedtaket til et tiltak.", en: "No measures decided. M turns the decision into a measure.")
    static let answers = Message(nb: "Svar på innspill", en: "Answers the input")
    /// The standing item on housing-social challenges, and an item waiting in the parking lot.
    static let standing = Message(nb: "★ fast", en: "★ standing")
    static let parked = Message(nb: "P parkert", en: "P parked")
    /// Why a parked item is still open, beside its P.
    static let waiting = Message(nb: "venter på et senere møte", en: "waits for a later meeting")

    static let newMeeting = Message(nb: "Nytt møte", en: "New meeting")
    static let changeMeeting = Message(nb: "Endre møtet", en: "Change the meeting")
    static let newItem = Message(nb: "Ny sak", en: "New agenda item")
    static let changeItem = Message(nb: "Endre saken", en: "Change the agenda item")
    static let decisionTitle = Message(nb: "Tiltak vedtatt i saken", en: "Measure decided at the item")
    static let meetingHint = Message(nb: "Til stede: NAVN, ETAT; NAVN, ETAT · Ctrl-S lagrer · Esc avbryter",
                                     en: "Attendees: NAME, AGENCY; NAME, AGENCY · Ctrl-S saves · Esc cancels")
    static let itemHint = Message(nb: "↑↓ velger ja/nei · Ctrl-E åpner referatet i editoren · Ctrl-S lagrer",
                                  en: "↑↓ choose yes/no · Ctrl-E opens the minutes in the editor · Ctrl-S saves")

    /// The labels a meeting's and an agenda item's form give their fields.
    static func label(_ field: RecordForm.Field, _ purpose: RecordForm.Purpose) -> Message? {
        switch (field, purpose) {
        case (.date, .meeting): Message(nb: "Dato og tid", en: "Date and time")
        case (.place, .meeting): place
        case (.note, .meeting): Message(nb: "Notat", en: "Note")
        case (.attendees, _): attendees
        case (.minutesSent, _): minutesSent
        case (.minutes, _): minutes
        case (.parked, _): Message(nb: "Parkert", en: "Parked")
        case (.standing, _): Message(nb: "Fast sak (boligsosialt)", en: "Standing (housing-social)")
        default: nil
        }
    }

    /// "3 tiltak, 1 utført".
    static func decided(_ measures: [Meeting.Decision]) -> Message {
        let done = measures.filter(\.isDone).count
        return Message(nb: "\(measures.count) tiltak, \(done) utført", en: "\(measures.count) \(measures.count == 1 ? "measure" : "measures"), \(done) done")
    }

    static func meetingSaved(_ title: String) -> Message {
        Message(nb: "Møtet «\(title)» er lagret.", en: "The meeting “\(title)” is saved.")
    }

    static func itemSaved(_ title: String) -> Message {
        Message(nb: "Saken «\(title)» er lagret.", en: "The item “\(title)” is saved.")
    }

    /// The last meeting's minutes, as the overview says them.
    static func minutes(of meeting: Meeting, _ language: Language) -> (String, StyleRole) {
        guard let sent = meeting.minutesSent else { return (minutesNotSent.text(language), .late) }
        return (minutesSent.text(language) + " " + sent.text(language), .done)
    }
}

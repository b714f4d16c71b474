import NaboCore

/// The dugnad screens' words, in bokmål and English.
enum DugnadText {
    static let dugnads = Message(nb: "Dugnader", en: "Dugnads")
    static let dugnad = Message(nb: "Dugnad", en: "Dugnad")
    static let helpDugnads = Message(nb: "Alle dugnader og oppmøtet", en: "All dugnads and their turnout")
    static let openDugnad = Message(nb: "Åpne dugnaden og avkrysningslisten", en: "Open the dugnad and its checklist")
    static let helpToggle = Message(nb: "Kryss av: beboeren kom (eller kom ikke likevel), så neste rad",
                                    en: "Tick: the resident came (or did not after all), then the next row")
    static let statusToggle = Message(nb: "kom", en: "came")
    static let helpMore = Message(nb: "Én til av denne typen andre (ansatte, frivillige, barn)", en: "One more of these others (staff, volunteers, children)")
    static let helpFewer = Message(nb: "Én færre av denne typen andre", en: "One fewer of these others")
    static let statusCount = Message(nb: "antall", en: "count")
    static let helpPosted = Message(nb: "Varselet er hengt opp i dag", en: "The notice was posted today")
    static let helpSMS = Message(nb: "Varselet er sendt på SMS i dag", en: "The notice was sent by SMS today")

    static let date = Message(nb: "Dato", en: "Date")
    static let title = Message(nb: "Dugnad", en: "Dugnad")
    static let addresses = Message(nb: "Adresser", en: "Addresses")
    static let turnoutHeading = Message(nb: "Oppmøte", en: "Turnout")
    static let came = Message(nb: "Kom", en: "Came")
    static let who = Message(nb: "Hvem", en: "Who")
    static let home = Message(nb: "Bolig", en: "Home")
    static let none = Message(nb: "Ingen dugnader ennå. n planlegger en.", en: "No dugnads yet. n plans one.")
    static let nobodyInvited = Message(nb: "Ingen er invitert.", en: "Nobody is invited.")
    static let upcoming = Message(nb: "kommer", en: "upcoming")
    static let meetingPoint = Message(nb: "Møtested", en: "Meeting point")
    static let tasks = Message(nb: "Oppgaver", en: "Tasks")
    static let equipment = Message(nb: "Utstyr fra Byggdrift", en: "Equipment from Byggdrift")
    static let food = Message(nb: "Mat", en: "Food")
    static let partners = Message(nb: "Med", en: "With")
    static let noNotice = Message(nb: "Ikke varslet ennå (v: hengt opp, t: SMS, V: annen måte).", en: "No notice yet (v: posted, t: SMS, V: another way).")
    static let notified = Message(nb: "Varslet", en: "Notice")
    static let chartTitle = Message(nb: "Oppmøte: beboere som kom av de inviterte", en: "Turnout: residents who came of those invited")
    static let chartLegend = Message(nb: "█ kom  ░ invitert, kom ikke", en: "█ came  ░ invited, did not come")
    static let perAddress = Message(nb: "Per adresse over tid", en: "Per address over time")
    static let countHint = Message(nb: "+/- endrer antallet", en: "+/- changes the count")

    static func kind(_ kind: String) -> Message {
        switch kind {
        case "ansatte": Message(nb: "Ansatte", en: "Staff")
        case "frivillige": Message(nb: "Frivillige", en: "Volunteers")
        case "barn": Message(nb: "Barn", en: "Children")
        default: Message(nb: kind, en: kind)
        }
    }

    /// "2 av 9 (22 %)" / "2 of 9 (22%)".
    static func share(_ count: Turnout.Count) -> Message {
        let percent = count.share.map { Int(($0 * 100).rounded()) }
        return Message(nb: "\(count.attended) av \(count.invited)" + (percent.map { " (\($0) %)" } ?? ""),
                       en: "\(count.attended) of \(count.invited)" + (percent.map { " (\($0)%)" } ?? ""))
    }

    static func invitedOnly(_ invited: Int) -> Message {
        Message(nb: "\(invited) invitert, kommer", en: "\(invited) invited, upcoming")
    }

    /// "+ ansatte 2, frivillige 1" for the others who came; empty when none.
    static func others(_ extra: [Dugnad.Extra], uninvited: Int, _ language: Language) -> String {
        var parts = extra.filter { $0.count > 0 }.map { kind($0.kind).text(language).lowercased() + " \($0.count)" }
        if uninvited > 0 { parts.append(Message(nb: "ikke invitert \(uninvited)", en: "not invited \(uninvited)").text(language)) }
        return parts.isEmpty ? "" : "+ " + parts.joined(separator: ", ")
    }

    static func came(_ name: String) -> Message { Message(nb: "\(name) kom.", en: "\(name) came.") }
    static func didNotCome(_ name: String) -> Message { Message(nb: "\(name) kom ikke likevel.", en: "\(name) did not come after all.") }

    static func othersCounted(_ kind: String, _ count: Int) -> Message {
        Message(nb: "\(self.kind(kind).nb): \(count).", en: "\(self.kind(kind).en): \(count).")
    }

    // What a checklist key says on a row it has no use for.
    static let tickOnOthers = Message(nb: "Mellomrom krysser av en invitert; her teller + og -.", en: "Space ticks an invited resident; here + and - count.")
    static let countOnInvited = Message(nb: "+ og - teller de andre nederst på listen.", en: "+ and - count the others at the foot of the list.")
    static let uninviteOnOthers = Message(nb: "x tar en invitert av listen; velg en beboer.", en: "x takes an invited resident off the list; select one.")

    static func noneToTake(_ kind: String) -> Message {
        Message(nb: "\(self.kind(kind).nb): 0 allerede.", en: "\(self.kind(kind).en): already 0.")
    }

    static let helpNew = Message(nb: "Planlegg en ny dugnad", en: "Plan a new dugnad")
    static let helpEditPlan = Message(nb: "Endre planen for dugnaden", en: "Change the dugnad's plan")
    static let helpNote = Message(nb: "Skriv hva som ble gjort (Ctrl-E: $EDITOR)", en: "Write what was done (Ctrl-E: $EDITOR)")
    static let helpNotice = Message(nb: "Registrer et varsel: måte, dag og merknad", en: "Record a notice: how, the day and a note")
    static let planTitle = Message(nb: "Planlegg dugnad", en: "Plan a dugnad")
    static let editPlanTitle = Message(nb: "Endre dugnaden", en: "Change the dugnad")
    static let planHint = Message(nb: "Adresser: del av hver, komma mellom. Oppgaver, utstyr, partnere: ; mellom.",
                                  en: "Addresses: part of each, comma between. Tasks, equipment, partners: ; between.")
    static let noteTitle = Message(nb: "Hva ble gjort", en: "What was done")
    static let noteHint = Message(nb: "Ctrl-E skriver i $EDITOR. Ctrl-S lagrer.", en: "Ctrl-E writes in $EDITOR. Ctrl-S saves.")
    static let noticeTitle = Message(nb: "Varsel sendt", en: "Notice sent")
    static let noticeHint = Message(nb: "↑/↓ velger måten. Ctrl-S registrerer varselet.", en: "↑/↓ choose the way. Ctrl-S records the notice.")
    static let noticeNote = Message(nb: "Merknad", en: "Note")
    static let noteSaved = Message(nb: "Det som ble gjort, er lagret.", en: "What was done is saved.")
    static let helpInvite = Message(nb: "Inviter én beboer til (del av navn, adresse eller H-nummer)", en: "Invite one more resident (part of a name, address or H-nummer)")
    static let helpUninvite = Message(nb: "Ta en invitert som ikke har kommet av listen", en: "Take an invited resident who has not come off the list")
    static let helpExport = Message(nb: "Skriv oppslag, SMS, kalender eller kontakter til Dokumenter", en: "Write the notice, SMS, calendar or contacts to Documents")
    static let inviteTitle = Message(nb: "Inviter en beboer", en: "Invite a resident")
    static let inviteHint = Message(nb: "Skriv del av navn, adresse eller H-nummer; ↑/↓ velger. Enter inviterer.",
                                    en: "Type part of a name, address or H-number; ↑/↓ choose. Enter invites.")
    static let inviteLabel = Message(nb: "Beboer", en: "Resident")
    static let exportTitle = Message(nb: "Eksporter dugnaden", en: "Export the dugnad")
    static let exportHint = Message(nb: "↑/↓ velger filen. Enter skriver den til dokumentmappen.", en: "↑/↓ choose the file. Enter writes it to the documents folder.")
    static let exportLabel = Message(nb: "Fil", en: "File")

    static func export(_ kind: DugnadExport) -> Message {
        switch kind {
        case .notice: Message(nb: "Oppslag (Markdown)", en: "Notice (Markdown)")
        case .sms: Message(nb: "SMS-tekst", en: "SMS text")
        case .calendar: Message(nb: "Kalender (ICS)", en: "Calendar (ICS)")
        case .contactsCSV: Message(nb: "Kontakter (CSV)", en: "Contacts (CSV)")
        case .contactsVCard: Message(nb: "Kontakter (vCard)", en: "Contacts (vCard)")
        }
    }

    static func noResident(_ typed: String) -> Message {
        typed.allSatisfy(\.isWhitespace)
            ? Message(nb: "Skriv del av navn, adresse eller H-nummer.", en: "Type part of a name, address or H-nummer.", field: "invited")
            : Message(nb: "Ingen beboer passer «\(typed)».", en: "No resident matches “\(typed)”.", field: "invited")
    }


    static func invitedOne(_ name: String) -> Message { Message(nb: "\(name) er invitert.", en: "\(name) is invited.") }

    static func confirmUninvite(_ name: String) -> Message {
        Message(nb: "Ta \(name) av de inviterte? (j/n)", en: "Take \(name) off the invited? (y/n)")
    }

    static func uninvited(_ name: String) -> Message { Message(nb: "\(name) er ikke lenger invitert.", en: "\(name) is no longer invited.") }

    static func cameCannotUninvite(_ name: String) -> Message {
        Message(nb: "\(name) kom; fjern krysset med mellomrom først.", en: "\(name) came; untick with Space first.")
    }

    static let gone = Message(nb: "Dugnaden finnes ikke lenger.", en: "The dugnad no longer exists.")

    static let startLabel = Message(nb: "Start (dato og tid)", en: "Start (date and time)")
    static let endLabel = Message(nb: "Slutt (tid)", en: "End (time)")
    static let howLabel = Message(nb: "Måte", en: "How")

    static func planSaved(_ title: String) -> Message {
        Message(nb: "Dugnaden «\(title)» er lagret.", en: "The dugnad “\(title)” is saved.")
    }

    static func noAddress(_ typed: String) -> Message {
        Message(nb: "Ingen adresse passer til «\(typed)». Skriv en del av gatenavnet.", en: "No address matches “\(typed)”. Type part of the street name.",
                field: "addresses")
    }

    /// A part of an address that could be any of these: named, so the worker sees what to add.
    static func severalAddresses(_ typed: String, _ titles: [String]) -> Message {
        let shown = titles.count > 4 ? titles.prefix(3) : titles.prefix(4)
        let more = titles.count - shown.count
        let list = shown.joined(separator: ", ")
        return Message(nb: "«\(typed)» passer til flere adresser: \(list)\(more > 0 ? " og \(more) til" : ""). Skriv mer av adressen.",
                       en: "“\(typed)” matches several addresses: \(list)\(more > 0 ? " and \(more) more" : ""). Type more of the address.",
                       field: "addresses")
    }

    static func noticeRecorded(_ how: NoticeChannel, _ day: String) -> Message {
        Message(nb: "Varselet er registrert (\(how.word.nb), \(day)).", en: "The notice is recorded (\(how.word.en), \(day)).")
    }

    static func noticeRecorded(_ how: NoticeChannel) -> Message {
        Message(nb: "Varselet er registrert (\(how.word.nb), i dag).", en: "The notice is recorded (\(how.word.en), today).")
    }
}

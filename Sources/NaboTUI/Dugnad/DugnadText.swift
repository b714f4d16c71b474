import NaboCore

/// The dugnad screens' words, in bokmål and English.
enum DugnadText {
    static let dugnads = Message(nb: "Dugnader", en: "Dugnads")
    static let dugnad = Message(nb: "Dugnad", en: "Dugnad")
    static let helpDugnads = Message(nb: "Alle dugnader og oppmøtet", en: "All dugnads and their turnout")
    static let openDugnad = Message(nb: "Åpne dugnaden og avkrysningslisten", en: "Open the dugnad and its checklist")
    static let helpToggle = Message(nb: "Kryss av: beboeren kom (eller kom ikke likevel)", en: "Tick: the resident came (or did not after all)")
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
    static let none = Message(nb: "Ingen dugnader ennå. Planlegg en med nabo add dugnad.", en: "No dugnads yet. Plan one with nabo add dugnad.")
    static let nobodyInvited = Message(nb: "Ingen er invitert.", en: "Nobody is invited.")
    static let upcoming = Message(nb: "kommer", en: "upcoming")
    static let meetingPoint = Message(nb: "Møtested", en: "Meeting point")
    static let tasks = Message(nb: "Oppgaver", en: "Tasks")
    static let equipment = Message(nb: "Utstyr fra Byggdrift", en: "Equipment from Byggdrift")
    static let food = Message(nb: "Mat", en: "Food")
    static let partners = Message(nb: "Med", en: "With")
    static let noNotice = Message(nb: "Ikke varslet ennå (v: hengt opp, t: SMS).", en: "No notice yet (v: posted, t: SMS).")
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

    static func how(_ how: NoticeSent.How) -> Message {
        switch how {
        case .posted: Message(nb: "hengt opp", en: "posted")
        case .sms: Message(nb: "SMS", en: "SMS")
        case .email: Message(nb: "e-post", en: "email")
        case .other: Message(nb: "annet", en: "other")
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

    static func noticeRecorded(_ how: NoticeSent.How) -> Message {
        Message(nb: "Varselet er registrert (\(self.how(how).nb), i dag).", en: "The notice is recorded (\(self.how(how).en), today).")
    }
}

/// The rules that span more than one field or record. Each says in words what is wrong, so a worker
/// can correct what they typed.
enum Rules {
    /// Fills in what follows from what was typed: a visit's unit from its resident, its address from
    /// its unit, the worker from who is logged in, a dugnad's invitations from its addresses.
    static func complete(_ d: inout Draft, replica: Replica, context: Context, isNew: Bool) throws(Message) {
        switch d.type {
        case .visit:
            // Another resident takes the visit's unit and address with them.
            if d.replaced.contains("residents") {
                d.values["unit"] = nil
                d.values["address"] = nil
            }
            if d.string("unit") == nil, let first = d.sets["residents"]?.first,
               let unit = replica.live("resident", first)?.string("unit") {
                d.values["unit"] = .string(unit)
            }
            if d.string("address") == nil, let unit = d.string("unit"), let address = replica.live("unit", unit)?.string("address") {
                d.values["address"] = .string(address)
            }
            if isNew, d.string("worker") == nil { d.values["worker"] = .string(context.author) }
        case .dugnad:
            if isNew, d.sets["invited"] == nil {
                let addresses = Set(d.sets["addresses"] ?? [])
                d.sets["invited"] = Queries.residents(at: addresses, in: replica, on: context.today).sorted()
            }
        case .input:
            if isNew, d.string("date") == nil { d.values["date"] = .string(context.today.iso) }
        case .followUp:
            if isNew, d.string("started") == nil { d.values["started"] = .string(context.today.iso) }
        case .response:
            if isNew, d.string("round") == nil {
                let responses = replica.records("response").filter { !$0.isDeleted }.map { SurveyResponse($0, in: replica) }
                d.values["round"] = .string(SurveyRound.forNew(responses, today: context.today))
            }
        default:
            break
        }
    }

    static func check(_ d: Draft, replica: Replica, context: Context) throws(Message) {
        for spec in Schema.fields(d.type) {
            switch spec.kind {
            case .reference(let target):
                if let id = d.string(spec.name), replica.live(target.rawValue, id) == nil {
                    throw Messages.unknownReference(target, id).at(spec.name)
                }
            case .references(let target):
                for id in d.sets[spec.name] ?? [] where replica.live(target.rawValue, id) == nil {
                    throw Messages.unknownReference(target, id).at(spec.name)
                }
            default:
                break
            }
        }
        switch d.type {
        case .unit: try checkUnit(d, replica)
        case .resident: try order(d, "movedIn", "movedOut")
        case .visit: try checkVisit(d, context)
        case .measure: try checkMeasure(d, replica); try FollowUpRules.checkLink(d, replica)
        case .dugnad:
            try checkDugnad(d, context)
            try DugnadNoticeRules.check(d.values["notices"] ?? .null, today: context.today)
            if let again = d.addedAgain["invited"]?.first {
                let name = replica.record("resident", again)?.string("name") ?? again
                throw Message(nb: "\(name) er allerede invitert.", en: "\(name) is already invited.", field: "invited")
            }
        case .input: try checkInput(d); try FollowUpRules.checkLink(d, replica)
        case .response: try SurveyResponseRules.check(d, replica, context)
        case .form: try SurveyFormRules.check(d.values["statements"] ?? .null)
        case .followUp: try checkFollowUp(d)
        case .address: break
        }
    }

    static func checkUnit(_ d: Draft, _ replica: Replica) throws(Message) {
        guard let address = d.string("address"), let number = d.string("number") else { return }
        let clash = replica.records("unit").contains {
            $0.id != d.id && !$0.isDeleted && $0.string("address") == address && $0.string("number") == number
        }
        if clash {
            throw Message(nb: "Adressen har allerede en bolig med H-nummer \(number).", en: "The address already has a unit with H-number \(number).", field: "number")
        }
    }

    static func checkVisit(_ d: Draft, _ context: Context) throws(Message) {
        if (d.sets["residents"] ?? []).isEmpty, d.string("unit") == nil, d.string("address") == nil {
            throw Message(nb: "Et besøk må gjelde en beboer, en bolig eller en adresse.", en: "A visit must be to a resident, a unit or an address.", field: "residents")
        }
        if let text = d.string("date"), let date = LocalDateTime(text, offsetFor: context.utcOffset) {
            let today = context.today
            if date.date > today || (date.date == today && (date.minutes ?? 0) > context.minutesNow + 5) {
                throw Message(nb: "Besøksdatoen \(date.date.norwegian) er fram i tid. Et besøk logges etter at det har skjedd; sett neste besøk i stedet.",
                              en: "The visit date \(date.date.iso) is in the future. Log a visit after it happened; set the next visit instead.", field: "date")
            }
            if let next = d.string("next").flatMap({ CalendarDate($0) }), next < date.date {
                throw Message(nb: "Neste besøk (\(next.norwegian)) kan ikke være før dette besøket (\(date.date.norwegian)).",
                              en: "The next visit (\(next.iso)) cannot be before this visit (\(date.date.iso)).", field: "next")
            }
        }
        if d.string("kind") == "home-visit", d.string("note").map({ String($0.trimmingWhitespace()) })?.isEmpty ?? true {
            throw Message(nb: "Skriv et notat om hjemmebesøket: hva dere snakket om.", en: "Write a note about the home visit: what you talked about.", field: "note")
        }
    }

    static func checkMeasure(_ d: Draft, _ replica: Replica) throws(Message) {
        if let unit = d.string("unit"), let address = d.string("address"), replica.live("unit", unit)?.string("address") != address {
            throw Message(nb: "Boligen \(unit) ligger ikke på adressen \(address).", en: "Unit \(unit) is not at address \(address).", field: "unit")
        }
    }

    static func checkDugnad(_ d: Draft, _ context: Context) throws(Message) {
        if (d.sets["addresses"] ?? []).isEmpty {
            throw Message(nb: "En dugnad må ha minst én adresse.", en: "A dugnad needs at least one address.", field: "addresses")
        }
        if let s = d.string("start").flatMap({ LocalDateTime($0, offsetFor: context.utcOffset) }),
           let e = d.string("end").flatMap({ LocalDateTime($0, offsetFor: context.utcOffset) }), e < s {
            throw Message(nb: "Dugnaden kan ikke slutte før den begynner.", en: "The dugnad cannot end before it starts.", field: "end")
        }
        if let extra = d.values["extra"], !extra.isNull {
            guard let o = extra.object, o.values.allSatisfy({ ($0.int ?? -1) >= 0 }) else {
                throw Message(nb: "Andre deltakere skrives som antall, for eksempel {\"ansatte\": 2, \"barn\": 3}.",
                              en: "Others attending are counts, for example {\"staff\": 2, \"children\": 3}.", field: "extra")
            }
        }
    }

    static func checkFollowUp(_ d: Draft) throws(Message) {
        if let f = d.values["frequency"]?.int, f < 1 {
            throw Message(nb: "Hyppigheten er antall dager mellom besøk, minst 1.", en: "The frequency is the number of days between visits, at least 1.", field: "frequency")
        }
        if let partners = d.values["partners"], !partners.isNull {
            let ok = partners.array?.allSatisfy { $0.object?["kind"]?.string != nil } ?? false
            if !ok {
                throw Message(nb: "Samarbeidspartnere skrives som en liste, for eksempel [{\"kind\": \"NAV\", \"contact\": \"Navn, telefon\"}].",
                              en: "Partners are a list, for example [{\"kind\": \"NAV\", \"contact\": \"Name, phone\"}].")
            }
        }
        try order(d, "started", "ended")
    }

    static func checkInput(_ d: Draft) throws(Message) {
        if d.string("outcome") == "declined", d.string("reason") == nil {
            throw Message(nb: "Skriv begrunnelsen når et innspill avslås.", en: "Give the reason when an input is declined.", field: "reason")
        }
        if d.string("answeredOn") != nil, d.string("outcome") == "open" {
            throw Message(nb: "Et innspill som har fått svar, kan ikke stå som åpent. Sett utfallet.", en: "An input that was answered cannot stay open. Set its outcome.", field: "outcome")
        }
    }

    static func order(_ d: Draft, _ first: String, _ second: String) throws(Message) {
        guard let a = d.string(first).flatMap({ CalendarDate($0) }), let b = d.string(second).flatMap({ CalendarDate($0) }), b < a else { return }
        throw Message(nb: "\(FieldLabel.text(second, .nb).capitalizedFirst) kan ikke være før \(FieldLabel.text(first, .nb)).",
                      en: "\(FieldLabel.text(second, .en).capitalizedFirst) cannot be before \(FieldLabel.text(first, .en)).", field: second)
    }

    /// A live record that still points at this one, if any: deleting it would leave a dangling link.
    static func dependents(of type: EntityType, id: String, replica: Replica) -> (EntityType, String)? {
        for other in EntityType.allCases {
            for spec in Schema.fields(other) {
                guard case .reference(let target) = spec.kind, target == type else { continue }
                if let r = replica.records(other.rawValue).first(where: { !$0.isDeleted && $0.string(spec.name) == id }) {
                    return (other, r.id)
                }
            }
        }
        return nil
    }
}

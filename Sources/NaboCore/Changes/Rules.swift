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
            if d.visit.unit == nil, let first = d.visit.residents.first, let unit = replica.liveResident(first)?.unit {
                d.values["unit"] = .string(unit)
            }
            if d.visit.address == nil, let unit = d.visit.unit, let address = replica.liveUnit(unit)?.address {
                d.values["address"] = .string(address)
            }
            if isNew, d.visit.worker == nil { d.values["worker"] = .string(context.author) }
        case .dugnad:
            // Invitations typed with the new dugnad are taken as typed, even none.
            if isNew, d.sets["invited"] == nil {
                let addresses = Set(d.dugnad(in: replica).addresses.map(\.id))
                d.sets["invited"] = Queries.residents(at: addresses, in: replica, on: context.today).sorted()
            }
        case .event:
            try completeEvent(&d, replica: replica, context: context, isNew: isNew)
        case .input:
            if isNew, d.input.date == nil { d.values["date"] = .string(context.today.iso) }
        case .followUp:
            if isNew, d.followUpPlan.started == nil { d.values["started"] = .string(context.today.iso) }
        case .response:
            if isNew, d.response(in: replica).round.isEmpty {
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
        case .unit: try checkUnit(d, replica, today: context.today)
        case .resident: try order(d.resident.movedIn, "movedIn", d.resident.movedOut, "movedOut")
        case .visit: try checkVisit(d.visit, context)
        case .measure: try checkMeasure(d, replica); try FollowUpRules.checkLink(d, replica)
        case .dugnad:
            try checkDugnad(d.dugnad(in: replica), d.values["extra"])
            try DugnadNoticeRules.check(d.values["notices"] ?? .null, today: context.today)
            if let again = d.addedAgain["invited"]?.first {
                let name = replica.record(EntityType.resident.rawValue, again).map(Resident.init).flatMap { $0.name.isEmpty ? nil : $0.name } ?? again
                throw Message(nb: "\(name) er allerede invitert.", en: "\(name) is already invited.", field: "invited")
            }
        case .input: try checkInput(d.input); try FollowUpRules.checkLink(d, replica)
        case .response: try SurveyResponseRules.check(d, replica, context)
        case .form: try SurveyFormRules.check(d.values["statements"] ?? .null)
        case .followUp: try checkFollowUp(d.followUpPlan, partners: d.values["partners"])
        case .tenancy: try order(d.tenancy.from, "from", d.tenancy.to, "to")
        case .event: try checkEvent(d.countedEvent, replica: replica, today: context.today)
        case .project:
            try order(d.project.start, "start", d.project.end, "end")
            if let b = d.project.baselineStart, let s = d.project.start, b >= s {
                throw Message(nb: "Grunnlagsperioden må begynne før prosjektet.", en: "The baseline period must begin before the project.", field: "baselineStart")
            }
        case .activity: try order(d.record.date("planned"), "planned", d.record.date("done"), "done")
        case .meeting:
            if let sent = d.record.date("minutesSent"), let held = d.record.date("date"), sent < held {
                throw Message(nb: "Referatet kan ikke være sendt før møtet ble holdt.", en: "The minutes cannot have been sent before the meeting was held.", field: "minutesSent")
            }
        case .notice:
            if d.sets["addresses"]?.isEmpty ?? true {
                throw Message(nb: "Et oppslag går til beboerne på minst én adresse: gi --addresses ID;ID.",
                              en: "A notice goes to the residents of at least one address: give --addresses ID;ID.", field: "addresses")
            }
        case .goal: try GoalRules.check(d, replica)
        case .address, .agendaItem: break
        }
    }

    static func checkUnit(_ d: Draft, _ replica: Replica, today: CalendarDate) throws(Message) {
        let unit = d.housingUnit
        if unit.statusValue != UnitStatus.rented.rawValue, let tenant = Letting.tenant(of: d.id, in: replica, on: today) {
            throw Letting.refusal(tenant, number: unit.number)
        }
        guard let address = unit.address, !unit.number.isEmpty else { return }
        let number = unit.number
        // A change that keeps the unit's address and number cannot make a clash: letting a unit or
        // giving its rooms needs no look at every other unit (an import lets 1,600 of them).
        if let stored = replica.live(EntityType.unit.rawValue, d.id), stored.string("address") == address, stored.string("number") == number { return }
        let clash = replica.records(EntityType.unit.rawValue).contains {
            $0.string("number") == number && $0.string("address") == address && $0.id != d.id && !$0.isDeleted
        }
        if clash {
            throw Message(nb: "Adressen har allerede en bolig med H-nummer \(number).", en: "The address already has a unit with H-number \(number).", field: "number")
        }
    }

    static func checkVisit(_ visit: Visit, _ context: Context) throws(Message) {
        if visit.residents.isEmpty, visit.unit == nil, visit.address == nil {
            throw Message(nb: "Et besøk må gjelde en beboer, en bolig eller en adresse.", en: "A visit must be to a resident, a unit or an address.", field: "residents")
        }
        // The day and the time as written, which the offset does not change.
        if let date = visit.when {
            let today = context.today
            if date.date > today || (date.date == today && (date.minutes ?? 0) > context.minutesNow + 5) {
                throw Message(nb: "Besøksdatoen \(date.date.norwegian) er fram i tid. Et besøk logges etter at det har skjedd; sett neste besøk i stedet.",
                              en: "The visit date \(DateWords.numeric(date.date, .en)) is in the future. Log a visit after it happened; set the next visit instead.", field: "date")
            }
            if let next = visit.next, next < date.date {
                throw Message(nb: "Neste besøk (\(next.norwegian)) kan ikke være før dette besøket (\(date.date.norwegian)).",
                              en: "The next visit (\(DateWords.numeric(next, .en))) cannot be before this visit (\(DateWords.numeric(date.date, .en))).", field: "next")
            }
        }
        if visit.kind == .homeVisit, visit.note.map({ String($0.trimmingWhitespace()) })?.isEmpty ?? true {
            throw Message(nb: "Skriv et notat om hjemmebesøket: hva dere snakket om.", en: "Write a note about the home visit: what you talked about.", field: "note")
        }
    }

    static func checkMeasure(_ d: Draft, _ replica: Replica) throws(Message) {
        let measure = d.measure
        if let unit = measure.unit, let address = measure.address, replica.liveUnit(unit)?.address != address {
            throw Message(nb: "Boligen \(unit) ligger ikke på adressen \(address).", en: "Unit \(unit) is not at address \(address).", field: "unit")
        }
    }

    /// `extra` as typed: the dugnad keeps only the counts it can read, and the rule judges the rest.
    static func checkDugnad(_ dugnad: Dugnad, _ extra: JSONValue?) throws(Message) {
        if dugnad.addresses.isEmpty {
            throw Message(nb: "En dugnad må ha minst én adresse.", en: "A dugnad needs at least one address.", field: "addresses")
        }
        if let s = dugnad.start, let e = dugnad.end, e < s {
            throw Message(nb: "Dugnaden kan ikke slutte før den begynner.", en: "The dugnad cannot end before it starts.", field: "end")
        }
        if let extra, !extra.isNull {
            guard let o = extra.object, o.values.allSatisfy({ ($0.int ?? -1) >= 0 }) else {
                throw Message(nb: "Andre deltakere skrives som antall, for eksempel {\"ansatte\": 2, \"barn\": 3}.",
                              en: "Others attending are counts, for example {\"staff\": 2, \"children\": 3}.", field: "extra")
            }
        }
    }

    /// `partners` as typed: the plan keeps only the partners it can read, and the rule judges the rest.
    static func checkFollowUp(_ plan: FollowUpPlan, partners: JSONValue?) throws(Message) {
        if let f = plan.frequency, f < 1 {
            throw Message(nb: "Hyppigheten er antall dager mellom besøk, minst 1.", en: "The frequency is the number of days between visits, at least 1.", field: "frequency")
        }
        if let partners, !partners.isNull {
            let ok = partners.array?.allSatisfy { $0.object?["kind"]?.string != nil } ?? false
            if !ok {
                throw Message(nb: "Samarbeidspartnere skrives som en liste, for eksempel [{\"kind\": \"NAV\", \"contact\": \"Navn, telefon\"}].",
                              en: "Partners are a list, for example [{\"kind\": \"NAV\", \"contact\": \"Name, phone\"}].")
            }
        }
        try order(plan.started, "started", plan.ended, "ended")
    }

    static func checkInput(_ input: Input) throws(Message) {
        if input.outcome == .declined, input.reason == nil {
            throw Message(nb: "Skriv begrunnelsen når et innspill avslås.", en: "Give the reason when an input is declined.", field: "reason")
        }
        if input.answeredOn != nil, input.outcome == .open {
            throw Message(nb: "Et innspill som har fått svar, kan ikke stå som åpent. Sett utfallet.", en: "An input that was answered cannot stay open. Set its outcome.", field: "outcome")
        }
    }

    /// Two dates of one record, named for the message, that must come in this order.
    static func order(_ a: CalendarDate?, _ first: String, _ b: CalendarDate?, _ second: String) throws(Message) {
        guard let a, let b, b < a else { return }
        throw Message(nb: "\(FieldLabel.text(second, .nb).capitalizedFirst) kan ikke være før \(FieldLabel.text(first, .nb)).",
                      en: "\(FieldLabel.text(second, .en).capitalizedFirst) cannot be before \(FieldLabel.text(first, .en)).", field: second)
    }

    /// Every live record that still points at this one, by type in schema order, each named as a
    /// worker knows it: deleting it would leave dangling links.
    static func dependents(of type: EntityType, id: String, replica: Replica) -> [(EntityType, [Message])] {
        EntityType.allCases.compactMap { other in
            let fields = Schema.fields(other).filter { if case .reference(let target) = $0.kind { target == type } else { false } }.map(\.name)
            guard !fields.isEmpty else { return nil }
            let users = replica.records(other.rawValue).filter { record in !record.isDeleted && fields.contains { record.string($0) == id } }
            return users.isEmpty ? nil : (other, users.map { DependentName.of(other, $0, replica: replica) }.sorted { $0.nb < $1.nb })
        }
    }
}

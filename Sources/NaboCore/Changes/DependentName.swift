/// How a record that still points at one being deleted is named in the refusal: what a worker
/// sees for it on screen (a unit's H-nummer, a resident's or a measure's title), never an id
/// when there is a name.
enum DependentName {
    static func of(_ type: EntityType, _ record: Record, replica: Replica) -> Message {
        let text: String? = switch type {
        case .unit: HousingUnit(record).number
        case .resident: Resident(record).name
        case .measure: Measure(record).title
        case .dugnad: record.string("title")
        case .input: record.string("text").map(Timeline.firstLine)
        case .followUp, .response: record.string("resident").flatMap { replica.record(EntityType.resident.rawValue, $0) }.map { Resident($0).name }
        // Named below, with more than one field.
        case .tenancy, .visit, .event: nil
        case .project: record.string("name") ?? type.nameNb
        case .meeting, .agendaItem, .activity, .goal: record.string("title")
        case .notice: record.string("text").map(Timeline.firstLine)
        case .address, .form: ReferenceName.of(type, id: record.id, in: replica)?.en
        }
        if type == .visit, let visit = ReferenceName.of(.visit, id: record.id, in: replica) { return visit }
        if type == .tenancy { return stay(Tenancy(record), replica) }
        if type == .event { return event(CountedEvent(record)) }
        guard let text, !text.isEmpty else { return Message(nb: record.id, en: record.id) }
        return Message(nb: text, en: text)
    }

    /// An event by its kind and day: "Naboklage 12.11.2026".
    static func event(_ event: CountedEvent) -> Message {
        let day = { (l: Language) in event.date.map { " " + DateWords.numeric($0, l) } ?? "" }
        return Message(nb: VocabularyLabel.text(event.kindValue, .nb) + day(.nb), en: VocabularyLabel.text(event.kindValue, .en) + day(.en))
    }

    /// A stay by who and where, and since when: "Kari Nordvik, H0101, Runarveien 1 fra 01.02.2025".
    static func stay(_ stay: Tenancy, _ replica: Replica) -> Message {
        let who = stay.resident.flatMap { replica.record(EntityType.resident.rawValue, $0) }.map { Resident($0).name } ?? ""
        let where_ = stay.unit.map { Timeline.unitLabel($0, replica) } ?? ""
        let head = [who, where_].filter { !$0.isEmpty }.joined(separator: ", ")
        return Message(nb: head + (stay.from.map { " fra " + DateWords.numeric($0, .nb) } ?? ""),
                       en: head + (stay.from.map { " from " + DateWords.numeric($0, .en) } ?? ""))
    }
}

extension EntityType {
    /// "adressen", for "Kan ikke slette: adressen har …".
    public var definiteNb: String {
        switch self {
        case .address: "adressen"
        case .unit: "boligen"
        case .resident: "beboeren"
        case .visit: "besøket"
        case .measure: "tiltaket"
        case .dugnad: "dugnaden"
        case .input: "innspillet"
        case .response: "svaret"
        case .form: "skjemaet"
        case .followUp: "oppfølgingsavtalen"
        case .tenancy: "leieforholdet"
        case .event: "hendelsen"
        case .project: "prosjektet"
        case .meeting: "møtet"
        case .agendaItem: "saken"
        case .activity: "aktiviteten"
        case .notice: "oppslaget"
        case .goal: "målet"
        }
    }

    /// "3 boliger" / "3 units".
    func countWords(_ count: Int) -> Message {
        let nb: (String, String) = switch self {
        case .address: ("adresse", "adresser")
        case .unit: ("bolig", "boliger")
        case .resident: ("beboer", "beboere")
        case .dugnad: ("dugnad", "dugnader")
        case .form: ("skjema", "skjemaer")
        case .followUp: ("oppfølgingsavtale", "oppfølgingsavtaler")
        case .event: ("hendelse", "hendelser")
        case .project: ("prosjekt", "prosjekter")
        case .meeting: ("møte", "møter")
        case .agendaItem: ("sak", "saker")
        case .activity: ("aktivitet", "aktiviteter")
        case .notice: ("oppslag", "oppslag")
        case .goal: ("mål", "mål")
        case .visit, .measure, .input, .response, .tenancy: (nameNb, nameNb)
        }
        let en = switch self {
        case .tenancy: ("tenancy", "tenancies")
        case .activity: ("activity", "activities")
        case .address: ("address", "addresses")
        default: (nameEn, nameEn + "s")
        }
        return CountWords.of(count, nb: nb, en: en)
    }
}

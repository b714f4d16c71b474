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
        case .tenancy:
            Tenancy(record).resident.flatMap { replica.record(EntityType.resident.rawValue, $0) }.map { Resident($0).name }
        case .visit: nil
        case .address, .form: ReferenceName.of(type, id: record.id, in: replica)?.en
        }
        if type == .visit, let visit = ReferenceName.of(.visit, id: record.id, in: replica) { return visit }
        guard let text, !text.isEmpty else { return Message(nb: record.id, en: record.id) }
        return Message(nb: text, en: text)
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
        case .visit, .measure, .input, .response, .tenancy: (nameNb, nameNb)
        }
        let en = self == .tenancy ? ("tenancy", "tenancies") : (nameEn, nameEn + "s")
        return CountWords.of(count, nb: nb, en: en)
    }
}

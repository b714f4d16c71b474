/// The kinds of record Nabo keeps. Their names are the `type` of journal lines and of the command
/// line (`nabo add visit`, `nabo list visits`), the same in every interface language.
public enum EntityType: String, CaseIterable, Sendable, Codable {
    case address, unit, resident, visit, measure, dugnad, input, response, form, followUp = "followup", tenancy, event, project, meeting, agendaItem = "agenda-item", activity, notice, goal

    public var plural: String {
        switch self {
        case .address: "addresses"
        case .unit: "units"
        case .resident: "residents"
        case .visit: "visits"
        case .measure: "measures"
        case .dugnad: "dugnads"
        case .input: "inputs"
        case .response: "responses"
        case .form: "forms"
        case .followUp: "followups"
        case .tenancy: "tenancies"
        case .event: "events"
        case .project: "projects"
        case .meeting: "meetings"
        case .agendaItem: "agenda-items"
        case .activity: "activities"
        case .notice: "notices"
        case .goal: "goals"
        }
    }

    /// Accepts the singular or the plural, in any case.
    public init?(name: String) {
        let n = name.lowercased()
        guard let t = EntityType.allCases.first(where: { $0.rawValue == n || $0.plural == n }) else { return nil }
        self = t
    }

    /// Ids start with a short tag so a person reading a journal or a script's output sees what an id is.
    public var idPrefix: String {
        switch self {
        case .address: "adr"
        case .unit: "uni"
        case .resident: "res"
        case .visit: "vis"
        case .measure: "mea"
        case .dugnad: "dug"
        case .input: "inp"
        case .response: "rsp"
        case .form: "frm"
        case .followUp: "fup"
        case .tenancy: "ten"
        case .event: "evt"
        case .project: "prj"
        case .meeting: "mtg"
        case .agendaItem: "agi"
        case .activity: "act"
        case .notice: "ntc"
        case .goal: "gol"
        }
    }

    public var nameNb: String {
        switch self {
        case .address: "adresse"
        case .unit: "bolig"
        case .resident: "beboer"
        case .visit: "besøk"
        case .measure: "tiltak"
        case .dugnad: "dugnad"
        case .input: "innspill"
        case .response: "svar"
        case .form: "skjema"
        case .followUp: "oppfølgingsavtale"
        case .tenancy: "leieforhold"
        case .event: "hendelse"
        case .project: "prosjekt"
        case .meeting: "møte"
        case .agendaItem: "sak"
        case .activity: "aktivitet"
        case .notice: "oppslag"
        case .goal: "mål"
        }
    }

    /// The English name after "a" or "an", for sentences such as "for an address" ("a unit": by
    /// sound, not by letter).
    public var nameEnWithArticle: String {
        ([.address, .input, .event, .agendaItem, .activity].contains(self) ? "an " : "a ") + nameEn
    }

    /// The one id of a type an office keeps one record of: every laptop that sets the project sets
    /// the same record, so its fields merge like any other's.
    public var singletonID: String? { self == .project ? "prj-project" : nil }

    public var nameEn: String {
        switch self {
        case .response: "survey response"
        case .form: "survey form"
        case .followUp: "follow-up plan"
        case .agendaItem: "agenda item"
        default: rawValue
        }
    }
}

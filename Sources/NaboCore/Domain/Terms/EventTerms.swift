/// What happened that the project counts: the project's goals are fewer of some (complaints,
/// terminations, arrears, requests to operations) and more of others (services at home, a better
/// home), so each is recorded as it happens and counted per address and period.
public enum EventKind: String, Term {
    case neighbourComplaint = "neighbour-complaint", termination, rentArrears = "rent-arrears", operationsRequest = "operations-request",
         police, occupation, vandalism, pest, servicesGranted = "services-granted", rehoused
    public static let fallback = EventKind.neighbourComplaint

    public var words: TermWords {
        switch self {
        case .neighbourComplaint: TermWords(Message(nb: "Naboklage", en: "Neighbour complaint"))
        case .termination: TermWords(Message(nb: "Oppsigelse", en: "Termination"))
        case .rentArrears: TermWords(Message(nb: "Husleierestanse", en: "Rent arrears"))
        case .operationsRequest: TermWords(Message(nb: "Henvendelse til Byggdrift", en: "Request to Byggdrift"))
        case .police: TermWords(Message(nb: "Politiet tilkalt", en: "Police called"))
        case .occupation: TermWords(Message(nb: "Bor uten kontrakt", en: "Living there without a contract"))
        case .vandalism: TermWords(Message(nb: "Hærverk", en: "Vandalism"))
        case .pest: TermWords(Message(nb: "Skadedyr", en: "Pests"))
        case .servicesGranted: TermWords(Message(nb: "Vedtak om tjenester", en: "Services granted"))
        case .rehoused: TermWords(Message(nb: "Flyttet til bedre egnet bolig", en: "Rehoused to a more suitable home"))
        }
    }
}

/// Whether a unit is let; letting follows who lives there.
public enum UnitStatus: String, Term {
    case rented = "let", vacant, awaitingRepair = "awaiting-repair", occupiedWithoutContract = "occupied-without-contract"
    public static let fallback = UnitStatus.vacant

    public var words: TermWords {
        switch self {
        case .rented: TermWords(Message(nb: "Utleid", en: "Let"))
        case .vacant: TermWords(Message(nb: "Ledig", en: "Vacant"))
        case .awaitingRepair: TermWords(Message(nb: "Venter på reparasjon", en: "Awaiting repair"))
        case .occupiedWithoutContract: TermWords(Message(nb: "Bebodd uten kontrakt", en: "Occupied, no contract"))
        }
    }
}

/// What kind of contact a visit record is.
public enum VisitKind: String, Term {
    case homeVisit = "home-visit", notAtHome = "not-at-home", inspection, phone, meeting
    public static let fallback = VisitKind.homeVisit

    public var words: TermWords {
        switch self {
        case .homeVisit: TermWords(Message(nb: "Hjemmebesøk", en: "Home visit"))
        case .notAtHome: TermWords(Message(nb: "Ikke hjemme", en: "Not at home"))
        case .inspection: TermWords(Message(nb: "Befaring", en: "Inspection"))
        case .phone: TermWords(Message(nb: "Telefon", en: "Phone call"))
        case .meeting: TermWords(Message(nb: "Møte med samarbeidspartnere", en: "Meeting with partners"), word: Message(nb: "møte", en: "meeting"))
        }
    }
}

/// What came of a resident's input: Lundy's "influence", told back to them.
public enum InputOutcome: String, Term {
    case open, actedOn = "acted-on", alternative, declined
    public static let fallback = InputOutcome.open

    public var words: TermWords {
        switch self {
        case .open: TermWords(Message(nb: "Åpent", en: "Open"))
        case .actedOn: TermWords(Message(nb: "Fulgt opp", en: "Acted on"))
        case .alternative: TermWords(Message(nb: "Alternativ tilbudt", en: "Alternative offered"))
        case .declined: TermWords(Message(nb: "Avslått", en: "Declined"))
        }
    }
}

/// A survey response still being taken, or finished; only complete ones count.
public enum ResponseStatus: String, Term {
    case inProgress = "in-progress", complete
    public static let fallback = ResponseStatus.complete

    public var words: TermWords {
        switch self {
        case .inProgress: TermWords(Message(nb: "Pågår", en: "Under way"))
        case .complete: TermWords(Message(nb: "Fullført", en: "Complete"))
        }
    }
}

/// How a dugnad's notice went out.
public enum NoticeChannel: String, Term {
    case posted, sms, email, other
    public static let fallback = NoticeChannel.other

    public var words: TermWords {
        switch self {
        case .posted: TermWords(Message(nb: "Hengt opp", en: "Posted"))
        case .sms: TermWords(Message(nb: "SMS", en: "SMS"), word: Message(nb: "SMS", en: "SMS"))
        case .email: TermWords(Message(nb: "E-post", en: "Email"))
        case .other: TermWords(Message(nb: "Annet", en: "Other"))
        }
    }
}

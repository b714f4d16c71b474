/// What the indicators count besides the events: what Nabo already knows of the work, in the
/// order a coordinator reads them (Lundy's space, voice, audience and influence, then the plan).
public enum Indicator: String, CaseIterable, Sendable {
    case visits, attempts, residentsFollowedUp = "residents-followed-up", inputsReceived = "inputs-received",
         inputsActedOn = "inputs-acted-on", inputsToldBack = "inputs-told-back", daysToTellBack = "days-to-tell-back",
         measuresDone = "measures-done", measuresLate = "measures-late", waitingOnByggdrift = "waiting-on-byggdrift",
         dugnadInvited = "dugnad-invited", dugnadAttended = "dugnad-attended", surveyResponses = "survey-responses",
         surveyIndex = "survey-index"

    public var label: Message {
        switch self {
        case .visits: Message(nb: "Besøk", en: "Visits")
        case .attempts: Message(nb: "Forsøk (ikke hjemme)", en: "Attempts (not at home)")
        case .residentsFollowedUp: Message(nb: "Beboere fulgt opp", en: "Residents followed up")
        case .inputsReceived: Message(nb: "Innspill mottatt", en: "Inputs received")
        case .inputsActedOn: Message(nb: "Innspill fulgt opp", en: "Inputs acted on")
        case .inputsToldBack: Message(nb: "Innspill besvart", en: "Inputs told back")
        case .daysToTellBack: Message(nb: "Dager til svar (median)", en: "Days to tell back (median)")
        case .measuresDone: Message(nb: "Tiltak utført", en: "Measures done")
        case .measuresLate: Message(nb: "Tiltak forsinket ved periodens slutt", en: "Measures late at the period's end")
        case .waitingOnByggdrift: Message(nb: "Venter på Byggdrift nå", en: "Waiting on Byggdrift now")
        case .dugnadInvited: Message(nb: "Invitert til dugnad", en: "Invited to a dugnad")
        case .dugnadAttended: Message(nb: "Møtte på dugnad", en: "Came to a dugnad")
        case .surveyResponses: Message(nb: "Kartlegginger besvart", en: "Survey responses")
        case .surveyIndex: Message(nb: "Bo-indeks (snitt 0–100)", en: "Living index (mean 0–100)")
        }
    }
}

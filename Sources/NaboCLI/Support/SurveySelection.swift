import NaboCore

/// The responses a survey command looks at: a named round or the latest, optionally one address.
enum SurveySelection {
    static func responses(_ replica: Replica, address: String?) throws(Message) -> [SurveyResponse] {
        if let address, replica.live("address", address) == nil {
            throw Message(nb: "Fant ingen adresse med id \(address).", en: "No address with id \(address).")
        }
        let all = SurveyResponse.all(in: replica).filter { address == nil || $0.address == address }
        guard !all.isEmpty else {
            throw Message(nb: "Det finnes ingen kartleggingssvar ennå.", en: "There are no survey responses yet.")
        }
        return all
    }

    static func round(_ name: String?, in responses: [SurveyResponse]) throws(Message) -> String {
        guard let name else { return SurveyRound.latest(responses) ?? "" }
        return try SurveyRound.named(name, in: responses)
    }

    static func minimum(_ n: Int) throws(Message) -> Int {
        guard n >= 1 else {
            throw Message(nb: "--min-group må være minst 1.", en: "--min-group must be at least 1.")
        }
        return n
    }
}

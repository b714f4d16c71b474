/// An input or a measure made from a survey follow-up answer names the response and the statement;
/// the statement must be one of the response's form, and names nothing without a response.
enum FollowUpRules {
    static func checkLink(_ d: Draft, _ replica: Replica) throws(Message) {
        let (statement, response, resident) = d.type == .input ? (d.input.statement, d.input.response, d.input.resident)
            : (d.measure.statement, d.measure.response, String?.none)
        guard let statement else { return }
        guard let response = response.flatMap({ replica.live(EntityType.response.rawValue, $0) }) else {
            throw Message(nb: "En påstand viser til et kartleggingssvar: oppgi også svaret (response).",
                          en: "A statement refers to a survey response: give the response too.", field: "response")
        }
        if let resident, SurveyResponse.resident(of: response) != resident {
            throw Message(nb: "Innspillet må gjelde den samme beboeren som kartleggingssvaret.",
                          en: "The input must be from the same resident as the survey response.", field: "resident")
        }
        guard let form = replica.live(EntityType.form.rawValue, SurveyResponse.form(of: response)) else { return }
        if !SurveyForm(form).statements.contains(where: { $0.id == statement }) {
            throw Message(nb: "Skjemaet har ingen påstand \(statement).", en: "The form has no statement \(statement).", field: "statement")
        }
    }
}

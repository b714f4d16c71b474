/// A follow-up answer from the survey turned into an input (innspill) or a measure for the action
/// plan, linked back to the response and the statement it answered.
public enum FollowUpChanges {
    /// The resident's input, with the follow-up answer as its text unless the worker wrote another.
    public static func input(response id: String, statement: String, text: String? = nil, in replica: Replica) throws(Message) -> Change {
        let (record, answer) = try followUp(id, statement, replica)
        let response = SurveyResponse(record, in: replica)
        return .add(.input, Edit(values: [
            "resident": response.resident, "text": text ?? answer, "response": id, "statement": statement,
            "date": response.date?.iso ?? "",
        ]))
    }

    /// A measure at the resident's address, and at their unit when `atUnit`; the follow-up answer is
    /// its description.
    public static func measure(response id: String, statement: String, title: String, category: String,
                               atUnit: Bool, in replica: Replica) throws(Message) -> Change {
        let (record, answer) = try followUp(id, statement, replica)
        guard let unit = replica.unit(ofResident: SurveyResponse.resident(of: record)), let address = unit.address else {
            throw Message(nb: "Beboeren bor ikke i en kjent bolig, så tiltaket har ingen adresse. Legg det til fra tavlen.",
                          en: "The resident does not live in a known unit, so the measure has no address. Add it from the board.",
                          field: "address")
        }
        var values = ["address": address, "title": title, "category": category, "description": answer, "response": id, "statement": statement]
        if atUnit { values["unit"] = unit.id }
        return .add(.measure, Edit(values: values))
    }

    static func followUp(_ id: String, _ statement: String, _ replica: Replica) throws(Message) -> (Record, String) {
        guard let record = replica.live("response", id) else { throw Messages.noSuchRecord(.response, id) }
        guard let text = SurveyResponse.followUps(of: record)[statement] else {
            throw Message(nb: "Svaret har ikke noe oppfølgingssvar til påstand \(statement).",
                          en: "The response has no follow-up answer to statement \(statement).", field: "statement")
        }
        return (record, text)
    }
}

/// What a survey form must hold to be taken: numbered statements with text in at least one language.
enum SurveyFormRules {
    static func check(_ statements: JSONValue) throws(Message) {
        guard let list = statements.array, !list.isEmpty else {
            throw Message(nb: "Et skjema må ha minst én påstand.", en: "A form needs at least one statement.")
        }
        for s in list {
            guard let o = s.object, o["nb"]?.string != nil || o["en"]?.string != nil else {
                throw Message(nb: "Hver påstand trenger en tekst («nb» eller «en»).", en: "Every statement needs a text (“nb” or “en”).")
            }
        }
    }
}

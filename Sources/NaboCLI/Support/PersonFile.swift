import NaboCore
import NaboStore

/// The innsyn document of one resident as `nabo export person` and the resident's screen (`P`)
/// write it: everything Nabo holds about them with every earlier version, in the worker's language.
enum PersonFile {
    enum Format: String, CaseIterable { case md, json }

    static func text(_ resident: String, _ format: Format, store: Store, language: Language, today: CalendarDate) throws(Message)
        -> (text: String, suggestedName: String) {
        guard let person = PersonRecords(resident, in: store.replica) else {
            throw Message(nb: "Fant ingen beboer med id \(resident).", en: "No resident with id \(resident).")
        }
        let histories = try store.histories(of: Set(person.all))
        let document = PersonExport(person, replica: store.replica, language: language, utcOffset: store.utcOffset)
            .document(histories: histories, made: today)
        let text: String
        switch format {
        case .md:
            text = document.markdown
        case .json:
            var writer = JSONWriter()
            writer.object(document.jsonPairs, pretty: 0)
            text = writer.text + "\n"
        }
        let name = Message(nb: "innsyn", en: "personal-data").text(language) + "-\(resident)-\(today.iso).\(format.rawValue)"
        return (text, name)
    }
}

import ArgumentParser
import NaboCore
import NaboStore

/// `nabo export person`: everything Nabo holds about one resident, for an answer to innsyn.
struct ExportPerson: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Export everything Nabo holds about one resident (innsyn, GDPR article 15), with every earlier version.",
        discussion: "Other residents are named only as \"another resident\". Example: nabo export person res-a1b2 --format md --output innsyn.md")

    enum Format: String, CaseIterable { case md, json }

    @Argument(help: "The resident's id.") var resident: String
    @Option(name: .customLong("format"), help: "md or json.") var formatName: String
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    var format: Format {
        get throws(Message) { try ClosedSet.value(formatName, option: "format") }
    }

    func validate() throws {
        try options.run { () throws(Message) in _ = try format }
    }

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let format = try self.format
            guard let person = PersonRecords(resident, in: store.replica) else { throw Message(nb: "Fant ingen beboer med id \(resident).", en: "No resident with id \(resident).") }
            let language = options.language
            let today = try options.today(store)
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
            try output.write(text, suggestedName: name, language: language)
        }
    }
}

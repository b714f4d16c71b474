import ArgumentParser
import NaboCore
import NaboStore

/// `nabo export person`: everything Nabo holds about one resident, for an answer to innsyn.
struct ExportPerson: FormatChoice {
    typealias Format = PersonFile.Format

    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Export everything Nabo holds about one resident (innsyn, GDPR article 15), with every earlier version.",
        discussion: "Other residents are named only as \"another resident\". Example: nabo export person res-a1b2 --format md --output innsyn.md")

    @Argument(help: "The resident's id.") var resident: String
    @Option(name: .customLong("format"), help: "md or json.") var formatName: String
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let language = options.language
            let file = try PersonFile.text(resident, try format, store: store, language: language, today: try options.today(store))
            try output.write(file.text, suggestedName: file.suggestedName, language: language)
        }
    }
}

import ArgumentParser
import NaboCore
import NaboStore

/// `nabo export stock`: the units or the residents as a sheet in the import's columns.
struct ExportStock: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stock",
        abstract: "Export the housing stock as CSV: the units with their addresses, or the residents with where they live.",
        discussion: "Example: nabo export stock --format csv --kind units --separator ';' --bom --output boliger.csv")

    enum Format: String, CaseIterable { case csv }

    @Option(name: .customLong("format"), help: "csv.") var formatName: String
    @Option(name: .customLong("kind"), help: "units or residents.") var kindName: String
    @OptionGroup var csv: CSVOptions
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    var kind: StockExport.Kind {
        get throws(Message) { try ClosedSet.value(kindName, option: "kind") }
    }

    func validate() throws {
        try options.run { () throws(Message) in
            let _: Format = try ClosedSet.value(formatName, option: "format")
            _ = try kind
        }
    }

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let kind = try self.kind
            let language = options.language
            let text = StockExport.csv(kind, replica: store.replica, language: language).text(try csv.dialect())
            let name = (kind == .units ? Message(nb: "boliger", en: "units") : Message(nb: "beboere", en: "residents")).text(language)
                + "-\(try options.today(store).iso).csv"
            try output.write(text, suggestedName: name, language: language)
        }
    }
}

import ArgumentParser
import NaboCore
import NaboSheets
import NaboStore

/// `nabo export stock`: the units and the residents as sheets in the import's columns.
struct ExportStock: FormatChoice {
    static let configuration = CommandConfiguration(
        commandName: "stock",
        abstract: "Export the housing stock as CSV or Excel: the units with their addresses, and the residents with where they live.",
        discussion: """
            CSV holds one sheet, chosen with --kind; an Excel workbook (xlsx) holds both, or the one --kind names.
            Examples: nabo export stock --format csv --kind units --separator ';' --bom --output boliger.csv
                      nabo export stock --format xlsx --output boliger.xlsx
            """)

    enum Format: String, CaseIterable { case csv, xlsx }

    @Option(name: .customLong("format"), help: "csv or xlsx.") var formatName: String
    @Option(name: .customLong("kind"), help: "units or residents (with xlsx: only that sheet).") var kindName: String?
    @OptionGroup var csv: CSVOptions
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    /// The sheets to write: the one named, or with xlsx both when none is.
    var kinds: [StockExport.Kind] {
        get throws(Message) {
            if let kindName { return [try ClosedSet.value(kindName, option: "kind")] }
            guard try format == .xlsx else {
                throw Message(nb: "En CSV-fil har ett ark: velg --kind units eller --kind residents, eller bruk --format xlsx for begge.",
                              en: "A CSV file holds one sheet: choose --kind units or --kind residents, or use --format xlsx for both.")
            }
            return StockExport.Kind.allCases
        }
    }

    func validate() throws {
        try options.run { () throws(Message) in
            _ = try kinds
            if try format == .xlsx, csv.isGiven {
                throw Message(nb: "--bom og --separator gjelder CSV; en Excel-fil har ingen av dem.",
                              en: "--bom and --separator are for CSV; an Excel file has neither.")
            }
        }
    }

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let kinds = try self.kinds
            let language = options.language
            let name = Self.fileName(kinds, language: language) + "-\(try options.today(store).iso)"
            switch try format {
            case .csv:
                let text = StockExport.csv(kinds[0], replica: store.replica, language: language).text(try csv.dialect())
                try output.write(text, suggestedName: name + ".csv", language: language)
            case .xlsx:
                let sheets = kinds.map { kind in
                    (name: Self.sheetName(kind).text(language), table: StockExport.csv(kind, replica: store.replica, language: language))
                }
                try output.write(binary: Workbook.write(sheets), suggestedName: name + ".xlsx", language: language)
            }
        }
    }

    /// A workbook of both sheets is named after the stock, the units' sheet.
    static func fileName(_ kinds: [StockExport.Kind], language: Language) -> String {
        (kinds == [.residents] ? Message(nb: "beboere", en: "residents") : Message(nb: "boliger", en: "units")).text(language)
    }

    static func sheetName(_ kind: StockExport.Kind) -> Message {
        kind == .units ? Message(nb: "Boliger", en: "Units") : Message(nb: "Beboere", en: "Residents")
    }
}

import ArgumentParser
import Foundation
import NaboCore
import NaboStore

/// `nabo import FILE`: an office's own sheet of units or residents brought in as one change, and
/// `nabo import --undo` to take the last one back.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring in the housing stock from a sheet (CSV or Excel .xlsx): units with their addresses, or residents with where they live.",
        discussion: """
            Columns are found by their header in bokmål or English (Gateadresse, Husnr, Bokstav, Postnr, Poststed, H-nummer, Rom, \
            Status, Navn, Telefon, Innflyttet, Utflyttet, id); --map "COLUMN=field" names another. The fields: \
            \(StockField.allCases.map(\.rawValue).joined(separator: ", ")).
            Example: nabo import boliger.csv --dry-run, then nabo import boliger.csv
            """)

    @Argument(help: "The sheet: a CSV or Excel (.xlsx) file.") var file: String?
    @Option(name: .customLong("kind"), help: "units or residents (default: residents when there is a name column, else units).") var kindName: String?
    @Flag(name: .customLong("dry-run"), help: "Show what would be created, updated and refused; save nothing.") var dryRun = false
    @Flag(name: .customLong("skip-bad"), help: "Import the good rows and write the refused ones to NAME-avvist.csv (NAME-refused.csv) beside the file.")
    var skipBad = false
    @Option(name: .customLong("map"), help: ArgumentHelp("A column Nabo does not know and the field it holds: \"Kolonne X=street\".", valueName: "COLUMN=field"))
    var maps: [String] = []
    @Option(name: .long, help: "For a workbook: the sheet to read.") var sheet: String?
    @Flag(name: .long, help: "Undo the last import, as one change.") var undo = false
    @Flag(name: .customLong("allow-erased"), help: "Bring back residents erased earlier whom the sheet still lists (refused otherwise).")
    var allowErased = false
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.run { () throws(Message) in
            if undo {
                guard file == nil else { throw Message(nb: "--undo tar ingen fil.", en: "--undo takes no file.") }
                return try undoLast()
            }
            guard let file else {
                throw Message(nb: "Skriv hvilken fil som skal importeres: nabo import FIL.", en: "Name the file to import: nabo import FILE.")
            }
            try importSheet(file)
        }
    }

    func importSheet(_ path: String) throws(Message) {
        let language = options.language
        let map = try Self.fields(maps)
        let kind: StockExport.Kind? = try kindName.map { (k) throws(Message) in try ClosedSet.value(k, option: "kind") }
        let file = try SheetFile.read(path, sheet: sheet)
        let store = try options.open(readOnly: dryRun)
        defer { store.saveSnapshotIfStale() }
        let now = try options.now()
        let context = dryRun ? (try? store.context(now: now)) ?? Self.preview(store, now) : try store.context(now: now)
        let bar = ProgressBar(Message(nb: "Leser arket", en: "Reading the sheet").text(language))
        let outcome = try StockImport.plan(rows: file.rows, kind: kind, map: map, replica: store.replica, context: context,
                                           erased: allowErased ? nil : store.erasedPeople, progress: bar.update)
        bar.finish()
        for line in outcome.summary(file: file.name, dryRun: dryRun) { Output.line(line.text(language)) }
        if dryRun {
            return Output.line(Message(nb: "Prøvekjøring: ingenting er lagret.", en: "Dry run: nothing was saved.").text(language))
        }
        if !outcome.refusals.isEmpty, !skipBad {
            throw Message(nb: "Ingenting er lagret, fordi \(CountWords.of(outcome.refusals.count, "rad er avvist", "rader er avvist")). Rett dem og importer igjen, eller importer resten med --skip-bad.",
                          en: "Nothing was saved, because \(CountWords.of(outcome.refusals.count, "row was refused", "rows were refused")). Correct them and import again, or import the rest with --skip-bad.")
        }
        if outcome.ops.isEmpty {
            Output.line(StockImport.nothingToChange.text(language))
        } else {
            try file.save(outcome, in: store, context: context)
            Output.line(Message(nb: "Lagret som én endring; nabo import --undo angrer den.", en: "Saved as one change; nabo import --undo undoes it.").text(language))
        }
        if !outcome.refusals.isEmpty { Output.line(try file.writeRefused(outcome, language).text(language)) }
    }

    /// A dry run on a machine not set up for the folder still shows what an import would do.
    static func preview(_ store: Store, _ now: Date) -> Context {
        Context(device: "preview", author: "", now: Int64(now.timeIntervalSince1970 * 1000), nextSeq: 1, utcOffset: store.utcOffset)
    }

    /// `--map "Kolonne X=street"`: the column's header and the field it holds.
    static func fields(_ maps: [String]) throws(Message) -> [String: StockField] {
        var out: [String: StockField] = [:]
        for m in maps {
            let list = StockField.allCases.map(\.rawValue).joined(separator: ", ")
            guard let eq = m.lastIndex(of: "="), !m[..<eq].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Message(nb: "--map skrives «KOLONNE=felt», for eksempel --map \"Kolonne X=street\". Feltene er: \(list).",
                              en: "--map is written “COLUMN=field”, for example --map \"Column X=street\". The fields are: \(list).")
            }
            let name = String(m[m.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            guard let field = StockField(named: name) else {
                throw Message(nb: "«\(name)» er ikke et felt Nabo importerer. Feltene er: \(list).", en: "“\(name)” is not a field Nabo imports. The fields are: \(list).")
            }
            out[m[..<eq].trimmingCharacters(in: .whitespaces)] = field
        }
        return out
    }

    /// The undo is worked out now, from the journals: the import's operations and the records as
    /// they would be without them. What was written since on the same records is not overwritten.
    func undoLast() throws(Message) {
        let language = options.language
        let store = try options.open()
        defer { store.saveSnapshotIfStale() }
        guard let last = store.lastImport() else {
            throw Message(nb: "Det er ingen import å angre.", en: "There is no import to undo.")
        }
        let (ops, before, since) = try store.imported(last)
        let day = store.today(now: Date(timeIntervalSince1970: Double(last.when) / 1000))
        let which = Message(nb: "importen fra \(last.file) (\(day.norwegian))", en: "the import from \(last.file) (\(DateWords.numeric(day, .en)))")
        if let changed = since.first {
            let type = EntityType(rawValue: changed.type)
            throw Message(nb: "Kan ikke angre \(which.nb): \(type?.nameNb ?? changed.type) \(changed.entity) er endret etter importen. Endre den for hånd i stedet.",
                          en: "Cannot undo \(which.en): \(type?.nameEn ?? changed.type) \(changed.entity) was changed after the import. Change it by hand instead.")
        }
        guard let change = Undo.change(undoing: ops, before: before) else {
            store.forgetImport()
            throw Message(nb: "Det er ingenting å angre i \(which.nb).", en: "There is nothing to undo in \(which.en).")
        }
        let written = try store.commit(change, now: try options.now())
        store.forgetImport()
        let removed = written.filter { $0.deletion?.restore == false }.count
        let restored = Set(written.filter { $0.deletion == nil }.map(\.entity)).count
        let nb = "Angret \(which.nb): \(CountWords.of(removed, "post", "poster")) fjernet, \(CountWords.of(restored, "post", "poster")) satt tilbake."
        let en = "Undid \(which.en): \(CountWords.of(removed, "record", "records")) removed, \(CountWords.of(restored, "record", "records")) put back."
        Output.line(Message(nb: nb, en: en).text(language))
    }
}

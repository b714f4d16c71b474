import ArgumentParser
import Foundation
import NaboCore
import NaboStore
import NaboTUI

/// The options every subcommand takes after its name: where the data is, and how to answer.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The data folder (default: $XDG_DATA_HOME/nabo, else ~/.local/share/nabo).")
    var data: String?

    @Flag(name: .long, help: "Answer in JSON (UTF-8) for scripts.")
    var json = false

    @Option(name: .long, help: "Language of messages: nb or en (default: from LANG).")
    var lang: String?

    @Option(name: .customLong("passphrase-file"), help: "A file whose first line is the passphrase that unlocks an encrypted data folder (default: $NABO_PASSPHRASE_FILE, else asked on the terminal).")
    var passphraseFile: String?

    /// scrypt's cost (log2 N) for a new passphrase: lowered only by tests, which make many stores.
    @Option(name: .customLong("kdf-cost"), help: ArgumentHelp("scrypt cost, log2 N (10...20).", visibility: .hidden))
    var kdfCost: Int?

    /// The flags above, for the suggestion when one is mistyped.
    static let names = ["data", "json", "lang", "passphrase-file"]

    var environment: [String: String] { ProcessInfo.processInfo.environment }
    var language: Language { LanguageChoice.resolve(explicit: lang, environment: environment) }
    var folder: String { data ?? DataFolder.defaultPath(environment: environment) }
    var stateHome: String { DataFolder.stateHome(environment: environment) }

    /// Now by the one clock, which `NABO_TODAY` may pin to a day.
    func now() throws(Message) -> Date {
        try DayClock(environment: environment).now()
    }

    func open(readOnly: Bool = false) throws(Message) -> Store {
        let source = passphrase
        let store = try Store(folder, stateHome: stateHome, readOnly: readOnly, now: try now(), waiting: waitingForLock,
                              passphrase: { () throws(Message) in try source.unlocking() })
        // A command reads what it reads at once; it waits for the whole snapshot to have passed its check.
        try store.settleSnapshot()
        return store
    }

    var passphrase: Passphrase {
        Passphrase(file: passphraseFile ?? environment["NABO_PASSPHRASE_FILE"].flatMap { $0.isEmpty ? nil : $0 }, language: language,
                   kdf: kdfCost.flatMap { KDFParameters(logN: $0, r: 8, p: 1) } ?? .standard)
    }

    /// Said once on standard error while a second writer waits for the lock.
    func waitingForLock() {
        Output.error(FileLock.waitingMessage.text(language))
    }

    /// Runs a command body with the store open; a snapshot is written afterwards when the journals
    /// have grown enough since the last one that the next start would notice. After a read-only
    /// command it is written without the worker waiting for it (`Detached`).
    func withStore(readOnly: Bool = false, _ body: (Store) throws(Message) -> Void) throws {
        try run { () throws(Message) in
            let store = try open(readOnly: readOnly)
            defer {
                if readOnly, store.snapshotIsStale { Detached.afterAnswer { store.saveSnapshotIfStale() } } else { store.saveSnapshotIfStale() }
            }
            try body(store)
        }
    }

    /// Runs a command body; a message becomes one line on standard error and a non-zero exit, and
    /// with `--json` also the JSON object a script reads on standard output.
    func run(_ body: () throws(Message) -> Void) throws {
        do throws(Message) {
            try Self.checkLanguage(lang)
            if let kdfCost, KDFParameters(logN: kdfCost, r: 8, p: 1) == nil {
                throw Message(nb: "--kdf-cost er 10–20, ikke \(kdfCost).", en: "--kdf-cost is 10–20, not \(kdfCost).")
            }
            // A misspelt pinned day is said before anything runs, whether or not the command reads the clock.
            _ = try DayClock(environment: environment)
            try body()
        } catch {
            if json { Output.jsonError(error.text(language), field: error.field) }
            Output.error(error.text(language))
            throw ExitCode(1)
        }
    }

    /// `--lang` names one of the two languages; anything else is refused, not quietly ignored.
    static func checkLanguage(_ lang: String?) throws(Message) {
        guard let lang, LanguageChoice.language(named: lang) == nil else { return }
        throw Message(nb: "Nabo snakker ikke «\(lang)». Velg nb (bokmål) eller en (English).",
                      en: "Nabo does not speak “\(lang)”. Choose nb (bokmål) or en (English).")
    }
}

/// What a command prints. Text goes out with control characters escaped, because a record may
/// hold whatever a sync folder brought and the terminal would obey it; JSON is escaped by its writer.
enum Output {
    static func line(_ s: String) {
        print(ControlCharacters.escaped(s, keepingLineBreaks: true))
    }

    /// One line, so a line break in a quoted value is escaped too.
    static func error(_ s: String) {
        FileHandle.standardError.write(Data(("nabo: " + ControlCharacters.escaped(s) + "\n").utf8))
    }

    /// A refusal under `--json`: `{"error": "…"}` on standard output, where the script reads its
    /// answer, with the field it is about when there is one.
    static func jsonError(_ text: String, field: String? = nil) {
        json(pairs: [("error", .string(text))] + (field.map { [("field", .string($0))] } ?? []))
    }

    static func json(_ v: JSONValue) {
        var w = JSONWriter()
        w.value(v, pretty: 0)
        print(w.text)
    }

    static func json(pairs: [(String, JSONValue)]) {
        var w = JSONWriter()
        w.object(pairs, pretty: 0)
        print(w.text)
    }

    static func jsonArray(_ items: [[(String, JSONValue)]]) {
        var stream = JSONArrayStream()
        for item in items { stream.append(item) }
        stream.finish()
    }
}

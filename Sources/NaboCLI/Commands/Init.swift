import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a data folder, or set up this machine for a copied one.")

    @OptionGroup var options: StoreOptions

    @Option(name: .long, help: "Your name, recorded with every change you make.")
    var worker: String

    @Flag(name: .long, help: "Make the new data folder encrypted: asks for a new passphrase (or reads it from --passphrase-file) and prints a recovery key once.")
    var encrypt = false

    func run() throws {
        try options.run { () throws(Message) in
            let isNew = !FileManager.default.fileExists(atPath: options.folder + "/store.json")
            let newKeys = encrypt && isNew ? Store.NewKeys(passphrase: try options.passphrase.new(from: nil)) : nil
            let source = options.passphrase
            let store = try Store.initialise(options.folder, worker: worker, stateHome: options.stateHome, newKeys: newKeys,
                                             passphrase: { () throws(Message) in try source.unlocking() })
            if options.json {
                var pairs: [(String, JSONValue)] = [("folder", .string(options.folder)), ("device", .string(store.identity?.device ?? "")),
                                                    ("worker", .string(store.identity?.worker ?? "")), ("encrypted", .bool(store.isEncrypted))]
                if let key = store.recoveryKey { pairs.append(("recoveryKey", .string(key))) }
                Output.json(pairs: pairs)
            } else {
                Output.line(Message(nb: "Klar: \(options.folder) (enhet \(store.identity?.device ?? "")).",
                                    en: "Ready: \(options.folder) (device \(store.identity?.device ?? ""))").text(options.language))
                if let key = store.recoveryKey {
                    Output.line(Message(
                        nb: "Gjenopprettingsnøkkel (vises bare nå; skriv den ned og legg den i kontorets safe):\n\n    \(key)\n\nMed den kan datamappen åpnes om alle passord er glemt (nabo key recover).",
                        en: "Recovery key (shown only now; write it down and keep it in the office safe):\n\n    \(key)\n\nIt opens the data folder if every passphrase is forgotten (nabo key recover).").text(options.language))
                }
            }
        }
    }
}

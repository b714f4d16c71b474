import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a data folder, or set up this machine for a copied one.")

    @OptionGroup var options: StoreOptions

    @Option(name: .long, help: "Your name, recorded with every change you make.")
    var worker: String

    @Flag(name: .long, help: "Encrypt the new data folder (the default): asks for a new passphrase twice, or reads it from --passphrase-file, and prints a recovery key once.")
    var encrypt = false

    @Flag(name: .long, help: "Make the new data folder plain, not encrypted: only for training or data that names no one.")
    var plain = false

    func run() throws {
        try options.run { () throws(Message) in
            guard !(encrypt && plain) else {
                throw Message(nb: "Velg enten --encrypt eller --plain.", en: "Give either --encrypt or --plain, not both.")
            }
            let isNew = !FileManager.default.fileExists(atPath: options.folder + "/store.json")
            let newKeys = !plain && isNew ? try options.passphrase.newKeys() : nil
            let source = options.passphrase
            let unlocking = { () throws(Message) in try source.unlocking() }
            // A copied folder is joined without reading its journals; the first start reads them.
            let joined: Store.Joined
            var recoveryKey: String?
            if isNew {
                let store = try Store.initialise(options.folder, worker: worker, stateHome: options.stateHome, now: try options.now(), newKeys: newKeys,
                                                 passphrase: unlocking)
                try StoreSetup.firstRecords(store, now: try options.now())
                joined = Store.Joined(store)
                recoveryKey = store.recoveryKey
            } else {
                joined = try Store.join(options.folder, worker: worker, stateHome: options.stateHome, now: try options.now(), passphrase: unlocking)
            }
            if options.json {
                var pairs: [(String, JSONValue)] = [("folder", .string(options.folder)), ("device", .string(joined.device)),
                                                    ("worker", .string(joined.worker)), ("encrypted", .bool(joined.isEncrypted))]
                if let recoveryKey { pairs.append(("recoveryKey", .string(recoveryKey))) }
                Output.json(pairs: pairs)
            } else {
                Output.line(Message(nb: "Klar: \(options.folder) (enhet \(joined.device)).",
                                    en: "Ready: \(options.folder) (device \(joined.device))").text(options.language))
                if !joined.isEncrypted { Output.line(Store.notEncryptedNotice.text(options.language)) }
                if let recoveryKey { Output.line(RecoveryKeyText.shown(recoveryKey).text(options.language)) }
            }
        }
    }
}

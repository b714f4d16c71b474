import ArgumentParser
import NaboCore
import NaboStore

/// `nabo key …`: the passphrases that open an encrypted data folder. Each worker has a slot of their
/// own; removing one rotates the data key, so the removed passphrase opens nothing written after.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "Passphrases of an encrypted data folder: add, list, remove, change, rotate, recover.",
        subcommands: [Add.self, List.self, Remove.self, ChangePassphrase.self, Rotate.self, Recover.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give a new worker a passphrase of their own.")
        @Argument(help: "The worker's name.") var name: String
        @Option(name: .customLong("new-passphrase-file"), help: "A file whose first line is the new worker's passphrase (else asked twice).")
        var newPassphraseFile: String?
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { (store) throws(Message) in
                let secret = try Passphrase(file: nil, language: options.language).new(from: newPassphraseFile)
                let id = try store.addSlot(name: name, secret: secret, kdf: options.passphrase.kdf, now: try options.now())
                if options.json { Output.json(pairs: [("slot", .string(id)), ("name", .string(name))]) } else {
                    Output.line(Message(nb: "Nøkkel \(id) lagt til for \(name).", en: "Key \(id) added for \(name).").text(options.language))
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The slots that open this data folder.")
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore(readOnly: true) { (store) throws(Message) in
                guard store.isEncrypted else { throw Store.notEncrypted }
                let slots = store.slots()
                if options.json {
                    Output.jsonArray(slots.map { [("slot", .string($0.id)), ("name", .string($0.name)), ("added", .string($0.added)),
                                                  ("by", .string($0.addedBy)), ("recovery", .bool($0.recovery)), ("you", .bool($0.isThisOne))] })
                    return
                }
                for s in slots {
                    let who = s.recovery ? Message(nb: "gjenopprettingsnøkkel", en: "recovery key").text(options.language) : s.name
                    Output.line("\(s.id)  \(who)  \(s.added.prefix(10))  \(s.addedBy)\(s.isThisOne ? "  *" : "")")
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a slot; the data key is rotated in the same step.")
        @Argument(help: "The slot, as nabo key list shows it.") var slot: String
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { (store) throws(Message) in
                try store.removeSlot(slot, now: try options.now())
                Output.line(Message(
                    nb: "Nøkkel \(slot) er fjernet, og en ny datanøkkel låser alt som skrives fra nå. En kopi tatt før dette kan fortsatt åpnes med den gamle.",
                    en: "Key \(slot) is removed, and a new data key locks everything written from now on. A copy taken before this can still be opened with the old one.").text(options.language))
            }
        }
    }

    struct ChangePassphrase: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "passphrase", abstract: "Change your own passphrase.")
        @Option(name: .customLong("new-passphrase-file"), help: "A file whose first line is the new passphrase (else asked twice).")
        var newPassphraseFile: String?
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { (store) throws(Message) in
                try store.changePassphrase(to: try Passphrase(file: nil, language: options.language).new(from: newPassphraseFile), kdf: options.passphrase.kdf,
                                           now: try options.now())
                Output.line(Message(nb: "Passordet er endret.", en: "The passphrase is changed.").text(options.language))
            }
        }
    }

    struct Rotate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A new data key for every later change; older keys stay readable to every slot.")
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { (store) throws(Message) in
                try store.rotate(now: try options.now())
                Output.line(Message(nb: "Ny datanøkkel tatt i bruk.", en: "A new data key is in use.").text(options.language))
            }
        }
    }

    struct Recover: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open with the recovery key and choose a new passphrase.")
        @Option(name: .customLong("new-passphrase-file"), help: "A file whose first line is the new passphrase (else asked twice).")
        var newPassphraseFile: String?
        @OptionGroup var options: StoreOptions

        func run() throws {
            try options.withStore { (store) throws(Message) in
                let name = store.identity?.worker ?? ""
                try store.addSlot(name: name, secret: try Passphrase(file: nil, language: options.language).new(from: newPassphraseFile), kdf: options.passphrase.kdf, now: try options.now())
                Output.line(Message(nb: "Nytt passord satt for \(name).", en: "A new passphrase is set for \(name).").text(options.language))
            }
        }
    }
}

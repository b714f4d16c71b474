import ArgumentParser
import NaboCore
import NaboStore

/// `nabo encrypt [--join FOLDER]`: turns a plain data folder into an encrypted one.
struct Encrypt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Encrypt a plain data folder: a new key and recovery key here, or with --join the key of a sync folder another laptop has encrypted.",
        discussion: "Every line already saved is sealed in place. The sync folders this laptop syncs with are sealed at their next sync, and plain lines arriving from laptops not yet encrypted are sealed as they come in.")

    @Option(name: .long, help: "An encrypted sync folder of this store: asks for one of its passphrases (or reads --passphrase-file) and adopts its key.")
    var join: String?

    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore { (store) throws(Message) in
            let language = options.language
            if let join {
                let report = try store.join(join, passphrase: try options.passphrase.unlocking())
                if !options.json { Output.line(Message(nb: "Datamappen er kryptert med nøkkelen fra \(join).", en: "The data folder is encrypted with the key from \(join).").text(language)) }
                Sync.show(report, options)
                return
            }
            let wasEncrypted = store.isEncrypted
            try store.encrypt(wasEncrypted ? Store.NewKeys(passphrase: "") : try options.passphrase.newKeys(), now: try options.now())
            if options.json {
                var pairs: [(String, JSONValue)] = [("folder", .string(options.folder)), ("encrypted", .bool(true))]
                if let key = store.recoveryKey { pairs.append(("recoveryKey", .string(key))) }
                Output.json(pairs: pairs)
                return
            }
            Output.line((wasEncrypted
                ? Message(nb: "Datamappen var allerede kryptert; linjer som sto ukryptert, er nå kryptert.",
                          en: "The data folder was already encrypted; lines left in clear are now sealed.")
                : Message(nb: "Datamappen er kryptert. Synkmappene krypteres neste gang du synkroniserer med dem.",
                          en: "The data folder is encrypted. Its sync folders are sealed the next time you sync with them.")).text(language))
            if let key = store.recoveryKey { Output.line(RecoveryKeyText.shown(key).text(language)) }
        }
    }
}

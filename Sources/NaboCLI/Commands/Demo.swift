import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fill a data folder with the demo data (invented residents at three Sandefjord addresses).")

    @OptionGroup var options: StoreOptions

    @Flag(name: .long, help: "Make the demo folder encrypted, with the passphrase from --passphrase-file (else asked twice).")
    var encrypt = false

    func run() throws {
        try options.run { () throws(Message) in
            let store = try DemoStore.fill(options.folder, stateHome: options.stateHome, encrypt: encrypt, passphrase: options.passphrase, now: try options.now())
            let n = store.replica.operationCount
            if options.json {
                Output.json(pairs: [("folder", .string(options.folder)), ("operations", .int(n))])
            } else {
                Output.line(Message(nb: "Demodata er lagt inn i \(options.folder).", en: "Demo data is in \(options.folder).").text(options.language))
            }
        }
    }
}

/// The demo store: created and filled by the same code for `nabo demo` and `nabo --demo`.
public enum DemoStore {
    public static let worker = "Demo Medarbeider"

    @discardableResult
    static func fill(_ folder: String, stateHome: String, encrypt: Bool, passphrase: Passphrase, now: Date) throws(Message) -> Store {
        guard Store.isSetUp(folder, stateHome: stateHome) else {
            return try fill(folder, stateHome: stateHome, now: now, newKeys: encrypt ? try passphrase.newKeys() : nil)
        }
        let store = try Store(folder, stateHome: stateHome, now: now, passphrase: { () throws(Message) in try passphrase.unlocking() })
        if encrypt && !store.isEncrypted {
            throw Message(nb: "Demomappen \(folder) finnes allerede og er ikke kryptert. Slett den, eller krypter den med nabo encrypt.",
                          en: "The demo folder \(folder) already exists and is not encrypted. Delete it, or encrypt it with nabo encrypt.")
        }
        return try fill(store, now: now)
    }

    /// A new demo folder, plain unless `newKeys` are given: the demo names no real person.
    @discardableResult
    public static func fill(_ folder: String, stateHome: String, now: Date, newKeys: Store.NewKeys? = nil) throws(Message) -> Store {
        let store = Store.isSetUp(folder, stateHome: stateHome)
            ? try Store(folder, stateHome: stateHome, now: now)
            : try Store.initialise(folder, worker: worker, stateHome: stateHome, now: now, newKeys: newKeys)
        return try fill(store, now: now)
    }

    private static func fill(_ store: Store, now: Date) throws(Message) -> Store {
        guard store.replica.records("address").isEmpty else { return store }
        let ctx = try store.context(now: now)
        try store.append(DemoData.ops(on: store.replica, context: ctx))
        return store
    }
}

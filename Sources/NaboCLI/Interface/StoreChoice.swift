import Foundation
import NaboCore
import NaboStore

/// Which store the interface opens: the demo store for `--demo`, else the real one, which a
/// first-time user is offered to create, on the plain terminal before the interface starts.
enum StoreChoice {
    /// Opens a store, asking for the passphrase of an encrypted one before the interface starts: a
    /// wrong one is said plainly and asked again, three times, and nothing is written meanwhile.
    static func unlocked(_ folder: String, stateHome: String, passphrase: Passphrase, now: Date) throws(Message) -> Store {
        try retrying(passphrase) { () throws(Message) in
            try Store(folder, stateHome: stateHome, now: now, passphrase: { () throws(Message) in try passphrase.unlocking() })
        }
    }

    /// `open` again after a wrong passphrase typed on the terminal, three tries in all; a wrong one
    /// fails before anything is written, so trying again is safe.
    private static func retrying(_ passphrase: Passphrase, _ open: () throws(Message) -> Store) throws(Message) -> Store {
        var attempt = 1
        while true {
            do throws(Message) {
                return try open()
            } catch where error == Store.wrongPassphrase && passphrase.file == nil && attempt < 3 {
                Output.error(error.text(passphrase.language))
                attempt += 1
            }
        }
    }

    /// The store to show; nil when the user chose not to create one.
    static func open(demo: Bool, encrypt: Bool = false, data: String?, environment: [String: String], language: Language,
                     passphrase: Passphrase, now: Date) throws(Message) -> Store? {
        let stateHome = DataFolder.stateHome(environment: environment)
        if demo {
            // The demo fills whatever folder it opens, so it must never be pointed at real data.
            guard data == nil else {
                throw Message(nb: "--demo bruker alltid sin egen demomappe; ta bort --data.",
                              en: "--demo always uses its own demo folder; leave out --data.")
            }
            return try DemoStore.fill(DataFolder.defaultPath(demo: true, environment: environment), stateHome: stateHome,
                                      encrypt: encrypt, passphrase: passphrase, now: now)
        }
        let folder = data ?? DataFolder.defaultPath(environment: environment)
        if Store.isSetUp(folder, stateHome: stateHome) {
            return try unlocked(folder, stateHome: stateHome, passphrase: passphrase, now: now)
        }
        guard isatty(STDIN_FILENO) == 1 else {
            // Nobody to ask: opening fails with the sentence that says what to run instead.
            return try Store(folder, stateHome: stateHome, now: now)
        }
        // A folder copied from another machine has data but no device for this one yet.
        let exists = FileManager.default.fileExists(atPath: folder + "/store.json")
        Output.line((exists ? Self.notSetUpHere(folder) : Self.noData(folder)).text(language))
        guard ask(Self.createQuestion(exists).text(language)).map(isYes) == true else {
            Output.line(Self.nothingCreated.text(language))
            return nil
        }
        guard let worker = askName(language) else {
            Output.line(Self.nothingCreated.text(language))
            return nil
        }
        if exists {
            // A copied folder is unlocked as a set-up one is: a mistyped passphrase does not end the setup.
            return try retrying(passphrase) { () throws(Message) in
                try Store.initialise(folder, worker: worker, stateHome: stateHome, now: now,
                                     passphrase: { () throws(Message) in try passphrase.unlocking() })
            }
        }
        // A new folder is encrypted from its first line; its recovery key is shown once, here.
        let store = try Store.initialise(folder, worker: worker, stateHome: stateHome, now: now,
                                         newKeys: try passphrase.newKeys())
        try StoreSetup.firstRecords(store, now: now)
        if let key = store.recoveryKey {
            Output.line(RecoveryKeyText.shown(key).text(language))
            _ = ask(Self.continueQuestion.text(language))
        }
        return store
    }

    private static func ask(_ question: String) -> String? {
        print(ControlCharacters.escaped(question), terminator: " ")
        return readLine()
    }

    /// The worker's name, asked again while the answer is empty: every change is signed with it.
    /// Nil only when the input ends.
    private static func askName(_ language: Language) -> String? {
        while let answer = ask(nameQuestion.text(language)) {
            if !answer.trimmingWhitespace().isEmpty { return answer }
            Output.line(nameNeeded.text(language))
        }
        return nil
    }

    private static func isYes(_ answer: String) -> Bool {
        ["j", "ja", "y", "yes"].contains(answer.trimmingWhitespace().lowercased())
    }

    static func noData(_ folder: String) -> Message {
        Message(nb: "Det finnes ingen Nabo-data i \(folder) ennå.", en: "There is no Nabo data in \(folder) yet.")
    }

    static func notSetUpHere(_ folder: String) -> Message {
        Message(nb: "Datamappen \(folder) er ikke satt opp på denne maskinen.",
                en: "The data folder \(folder) is not set up on this machine.")
    }

    static func createQuestion(_ exists: Bool) -> Message {
        exists
            ? Message(nb: "Vil du sette den opp nå? [j/N]", en: "Set it up now? [y/N]")
            : Message(nb: "Vil du opprette den nå? [j/N]", en: "Create it now? [y/N]")
    }

    static let continueQuestion = Message(nb: "Trykk Enter når nøkkelen er skrevet ned.", en: "Press Enter once the key is written down.")

    static let nameQuestion = Message(nb: "Navnet ditt (lagres med hver endring du gjør):", en: "Your name (recorded with every change you make):")

    static let nameNeeded = Message(nb: "Navnet kan ikke være tomt; det står ved hver endring du gjør.",
                                    en: "The name cannot be empty; it stands beside every change you make.")

    static let nothingCreated = Message(
        nb: "Ingenting ble opprettet. «nabo --demo» viser Nabo med demodata.",
        en: "Nothing was created. “nabo --demo” shows Nabo with demo data.")
}

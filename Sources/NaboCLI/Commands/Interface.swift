import ArgumentParser
import Foundation
import NaboCore
import NaboTerminal
import NaboTUI

/// `nabo [--demo] [--data DIR] [--theme NAME] [--lang nb|en]`: the terminal interface.
struct Interface: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interface",
        abstract: "Open the terminal interface (what `nabo` does without a command).")

    @Flag(name: .long, help: "Open the interface on the demo store ($XDG_DATA_HOME/nabo-demo), never on real data.")
    var demo = false

    @Flag(name: .long, help: "With --demo: make the demo folder encrypted, with the passphrase from --passphrase-file (else asked twice).")
    var encrypt = false

    @Option(name: .long, help: "The data folder (default: $XDG_DATA_HOME/nabo, else ~/.local/share/nabo).")
    var data: String?

    @Option(name: .long, help: "Colour theme: default, light, monochrome, colorblind, or one of yours in $XDG_CONFIG_HOME/nabo/themes.")
    var theme: String?

    @Option(name: .long, help: "Language: nb or en (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: String?

    @Option(name: .customLong("passphrase-file"), help: "A file whose first line unlocks an encrypted data folder (default: $NABO_PASSPHRASE_FILE, else asked before the interface opens).")
    var passphraseFile: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = LanguageChoice.resolve(explicit: lang, environment: environment)
        do throws(Message) {
            try StoreOptions.checkLanguage(lang)
            let passphrase = Passphrase(file: passphraseFile ?? environment["NABO_PASSPHRASE_FILE"].flatMap { $0.isEmpty ? nil : $0 }, language: language)
            let clock = try DayClock(environment: environment)
            guard let store = try StoreChoice.open(demo: demo, encrypt: encrypt, data: data, environment: environment, language: language,
                                                   passphrase: passphrase, now: clock.now()) else { return }
            try InterfaceRunner.run(store: store, isDemo: demo, language: language, themeName: theme, environment: environment, clock: clock)
            StopSignals.endIfAsked()
        } catch {
            Output.error(error.text(language))
            throw ExitCode(1)
        }
    }
}

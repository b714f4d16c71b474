import ArgumentParser
import Foundation
import NaboCore
import NaboTUI

/// `nabo`: the terminal interface when run alone, scriptable commands otherwise.
public struct Nabo: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "nabo",
        abstract: "Fieldwork for municipal rental housing: visits, the action plan, dugnads and surveys.",
        discussion: "Run without a command to open the terminal interface; `nabo --demo` opens it on demo data.",
        subcommands: [Init.self, Demo.self, Add.self, SetCommand.self, Delete.self, List.self, Show.self, History.self,
                      Sync.self, Check.self, Gen.self])

    @Flag(name: .long, help: "Open the interface on the demo store ($XDG_DATA_HOME/nabo-demo), never on real data.")
    var demo = false

    @Option(name: .long, help: "The data folder (default: $XDG_DATA_HOME/nabo, else ~/.local/share/nabo).")
    var data: String?

    @Option(name: .long, help: "Colour theme: default, light, monochrome, colorblind, or one of yours in $XDG_CONFIG_HOME/nabo/themes.")
    var theme: String?

    @Option(name: .long, help: "Language: nb or en (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: String?

    public init() {}

    public func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = LanguageChoice.resolve(explicit: lang, environment: environment)
        do throws(Message) {
            guard let store = try StoreChoice.open(demo: demo, data: data, environment: environment, language: language) else { return }
            try InterfaceRunner.run(store: store, isDemo: demo, language: language, themeName: theme, environment: environment)
        } catch {
            Output.error(error.text(language))
            throw ExitCode(1)
        }
    }
}

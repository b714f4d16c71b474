import ArgumentParser
import Foundation
import NaboCore
import NaboTUI

/// `nabo`: the terminal interface when run alone, scriptable commands otherwise.
public struct Nabo: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "nabo",
        abstract: "Fieldwork for municipal rental housing: visits, the action plan, dugnads and surveys.",
        discussion: """
            Without a command Nabo opens the terminal interface: `nabo --demo` on demo data, `nabo` on yours.
            NABO_TODAY=2026-11-22 makes every command and the interface take that day for today.
            """,
        // Raised by hand with each release; a copied binary has no checkout to ask.
        version: "0.1.0",
        subcommands: [Interface.self, Init.self, Encrypt.self, Demo.self, Add.self, SetCommand.self, Delete.self, MoveCommand.self, List.self, Show.self,
                      History.self, Export.self, Import.self, PersonCommand.self, SurveyCommand.self, DugnadCommand.self, IndicatorsCommand.self, ReportCommand.self, Sync.self, Check.self, Gen.self, KeyCommand.self],
        // The interface's options belong to a default subcommand rather than to the root: options
        // of the root would take `--data` and `--lang` from every subcommand's arguments.
        defaultSubcommand: Interface.self)

    public init() {}

    /// ArgumentParser's own main, with what it cannot do: the common options before the command,
    /// the fields of a record type under `--help`, and a refusal of the command line's shape as
    /// JSON under `--json`, as every other refusal is.
    public static func main() {
        let commands = Set(configuration.subcommands.map { $0._commandName })
        let arguments = GlobalOptions.hoisted(Array(CommandLine.arguments.dropFirst()), commands: commands)
        let language = LanguageChoice.resolve(explicit: GlobalOptions.lang(arguments), environment: ProcessInfo.processInfo.environment)
        if let help = fieldHelp(arguments, language) {
            print(help)
            return
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // A refusal of Nabo's own was said already; ArgumentParser's (an unknown option, a
            // missing argument) has its text here.
            let text = message(for: error)
            if GlobalOptions.asksForJSON(arguments), exitCode(for: error) != .success, !text.isEmpty {
                Output.jsonError(text)
            }
            exit(withError: error)
        }
    }

    /// ArgumentParser's help for `add`, `set` or `list`, followed by the fields of the type named:
    /// `nabo add visit --help`, or `nabo help add visit` as ArgumentParser's own help is asked.
    static func fieldHelp(_ arguments: [String], _ language: Language) -> String? {
        let options = GlobalOptions.options(arguments)
        let words = arguments.first == "help" ? Array(arguments.dropFirst()) : arguments
        guard arguments.first == "help" || options.contains("--help") || options.contains("-h"), words.count >= 2,
              let type = EntityType(name: words[1]) else { return nil }
        let command: ParsableCommand.Type? = switch words[0] {
        case "add": Add.self
        case "set": SetCommand.self
        case "list": List.self
        default: nil
        }
        guard let command else { return nil }
        return helpMessage(for: command) + "\n" + FieldHelp.text(type, command: words[0], language)
    }
}

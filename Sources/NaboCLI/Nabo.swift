import ArgumentParser

/// `nabo`: the terminal interface when run alone, scriptable commands otherwise.
public struct Nabo: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "nabo",
        abstract: "Fieldwork for municipal rental housing: visits, the action plan, dugnads and surveys.",
        discussion: """
            Without a command Nabo opens the terminal interface: `nabo --demo` on demo data, `nabo` on yours.
            NABO_TODAY=2026-11-22 makes every command and the interface take that day for today.
            """,
        subcommands: [Interface.self, Init.self, Encrypt.self, Demo.self, Add.self, SetCommand.self, Delete.self, List.self, Show.self,
                      History.self, Export.self, SurveyCommand.self, DugnadCommand.self, Sync.self, Check.self, Gen.self, KeyCommand.self],
        // The interface's options belong to a default subcommand rather than to the root: options
        // of the root would take `--data` and `--lang` from every subcommand's arguments.
        defaultSubcommand: Interface.self)

    public init() {}
}

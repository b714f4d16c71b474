import ArgumentParser

/// `nabo`: the terminal interface when run alone, scriptable commands otherwise.
public struct Nabo: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "nabo",
        abstract: "Fieldwork for municipal rental housing: visits, the action plan, dugnads and surveys.",
        subcommands: [Init.self, Demo.self, Add.self, SetCommand.self, Delete.self, List.self, Show.self, History.self,
                      Export.self, SurveyCommand.self, DugnadCommand.self, Sync.self, Check.self, Gen.self])

    public init() {}
}

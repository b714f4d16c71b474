import ArgumentParser

/// `nabo dugnad`: questions about dugnads that a generic list cannot answer.
struct DugnadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dugnad",
        abstract: "Dugnads: nabo dugnad turnout [--json].",
        subcommands: [DugnadTurnout.self])
}

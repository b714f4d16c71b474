import ArgumentParser

/// `nabo survey`: the resident survey's results inside the office.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Survey results: nabo survey summary [--round R] [--address ID] [--json].",
        subcommands: [SurveySummary.self])
}

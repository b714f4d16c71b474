import ArgumentParser

/// `nabo export`: files for people outside Nabo (Byggdrift, the work group, residents' calendars).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the action plan, a dugnad, a meeting, a notice, survey results, the housing stock or what is held about a person, as files.",
        subcommands: [ExportPlan.self, ExportDugnad.self, ExportMeeting.self, ExportNotice.self, ExportSurvey.self, ExportStock.self,
                      ExportPerson.self])
}

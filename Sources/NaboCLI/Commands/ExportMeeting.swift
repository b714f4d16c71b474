import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct ExportMeeting: FormatChoice {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Export a work group meeting: the minutes (md) or the invitation as a calendar event (ics).",
        discussion: """
            The minutes hold the time and place, who came, each agenda item with its minutes, the measures decided in it and the \
            input it answers (by its text, never the resident), the parking lot and whether the minutes went out. The invitation \
            lasts two hours and lists the agenda. With --output FOLDER the file gets a suggested name such as referat-2026-11-10.md.
            """)

    enum Format: String, CaseIterable { case md, ics }

    @Argument(help: "The meeting id.") var id: String
    @Option(name: .customLong("format"), help: "md or ics.") var formatName: String
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let format = try self.format
            guard let record = store.replica.live(EntityType.meeting.rawValue, id) else { throw Messages.noSuchRecord(.meeting, id) }
            let meeting = Meeting(record, in: store.replica)
            let language = options.language
            let text = switch format {
            case .md: MeetingMinutes.markdown(meeting, language: language)
            case .ics: MeetingCalendar.ics(meeting, now: Int64(try options.now().timeIntervalSince1970 * 1000), language: language)
            }
            try output.write(text, suggestedName: ExportFileName.meeting(meeting, calendar: format == .ics, language), language: language)
        }
    }
}

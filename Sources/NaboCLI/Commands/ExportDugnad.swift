import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct ExportDugnad: FormatChoice {
    static let configuration = CommandConfiguration(
        commandName: "dugnad",
        abstract: "Export a dugnad: calendar event (ics), invited residents' contacts (csv, vcf) or the notice.",
        discussion: """
            The notice is Markdown (--plain for plain text, --sms for a short SMS). Templates in $XDG_CONFIG_HOME/nabo/templates \
            (notice.nb.md, notice.en.txt, sms.nb.txt, ...) replace the built-in ones; placeholders: {title} {date} {day} {weekday} \
            {time} {when} {shortWhen} {meetingPoint} {addresses} {tasks} {tasksInline} {note}. \
            With --output FOLDER the file gets a suggested name such as dugnad-2026-12-04-kontakter.csv.
            """)

    enum Format: String, CaseIterable { case ics, csv, vcf, notice }

    @Argument(help: "The dugnad id.") var id: String
    @Option(name: .customLong("format"), help: "ics, csv, vcf or notice.") var formatName: String
    @OptionGroup var text: NoticeTextFlags
    @OptionGroup var csv: CSVOptions
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let format = try self.format
            try text.check(isNotice: format == .notice)
            guard let record = store.replica.live("dugnad", id) else {
                throw Messages.noSuchRecord(.dugnad, id)
            }
            let dugnad = Dugnad(record, in: store.replica)
            let language = options.language
            let content: ExportFileName.Content = switch format {
            case .ics: .calendar
            case .csv: .contactsCSV
            case .vcf: .contactsVCard
            case .notice: .notice(text.kind)
            }
            let file = try DugnadFileText.make(dugnad, content, replica: store.replica, language: language,
                                               dialect: try csv.dialect(), environment: options.environment, now: try options.now())
            if format == .csv || format == .vcf { ContactWarnings.missingPhones(ResidentContacts(dugnad, in: store.replica), language) }
            if case .notice(.sms) = content { ContactWarnings.smsLength(file, language) }
            try output.write(file, suggestedName: ExportFileName.dugnad(dugnad, content, language), language: options.language)
        }
    }
}

import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct ExportDugnad: ParsableCommand {
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
    @Flag(name: .long, help: "With --format notice: the short SMS text.") var sms = false
    @Flag(name: .long, help: "With --format notice: plain text instead of Markdown.") var plain = false
    @OptionGroup var csv: CSVOptions
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    var format: Format {
        get throws(Message) { try ClosedSet.value(formatName, option: "format") }
    }

    func validate() throws {
        try options.run { () throws(Message) in _ = try format }
    }

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let format = try self.format
            if format != .notice, sms || plain {
                throw Message(nb: "--sms og --plain gjelder bare --format notice.", en: "--sms and --plain apply only to --format notice.")
            }
            guard let record = store.replica.live("dugnad", id) else {
                throw Message(nb: "Fant ingen dugnad med id \(id).", en: "No dugnad with id \(id).")
            }
            let dugnad = Dugnad(record, in: store.replica)
            let language = options.language
            let content: DugnadFileName.Content = switch format {
            case .ics: .calendar
            case .csv: .contactsCSV
            case .vcf: .contactsVCard
            case .notice: .notice(sms ? .sms : plain ? .text : .markdown)
            }
            let text = try DugnadFileText.make(dugnad, content, replica: store.replica, language: language,
                                               dialect: try csv.dialect(), environment: options.environment, now: try options.now())
            if format == .csv || format == .vcf {
                let missing = DugnadContacts(dugnad, in: store.replica).withoutPhone
                if missing > 0 {
                    Output.error(Message(nb: "\(missing) av de inviterte har ikke telefonnummer og er ikke med i filen.",
                                         en: "\(missing) of the invited have no phone number and are not in the file.").text(language))
                }
            }
            if case .notice(.sms) = content {
                let length = SMSLength(String(text.dropLast()))
                if length.segments > 1 {
                    Output.error(Message(nb: "SMS-teksten er \(length.units) tegn og blir sendt som \(length.segments) meldinger.",
                                         en: "The SMS text is \(length.units) characters and goes out as \(length.segments) messages.").text(language))
                }
            }
            try output.write(text, suggestedName: DugnadFileName.suggest(dugnad, content, language), language: options.language)
        }
    }
}

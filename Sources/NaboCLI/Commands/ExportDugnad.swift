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

    enum Format: String, ExpressibleByArgument, CaseIterable { case ics, csv, vcf, notice }

    @Argument(help: "The dugnad id.") var id: String
    @Option(name: .long, help: "ics, csv, vcf or notice.") var format: Format
    @Flag(name: .long, help: "With --format notice: the short SMS text.") var sms = false
    @Flag(name: .long, help: "With --format notice: plain text instead of Markdown.") var plain = false
    @OptionGroup var csv: CSVOptions
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            if format != .notice, sms || plain {
                throw Message(nb: "--sms og --plain gjelder bare --format notice.", en: "--sms and --plain apply only to --format notice.")
            }
            guard let record = store.replica.live("dugnad", id) else {
                throw Message(nb: "Fant ingen dugnad med id \(id).", en: "No dugnad with id \(id).")
            }
            let dugnad = Dugnad(record, in: store.replica)
            let language = options.language
            let text: String
            let content: DugnadFileName.Content
            switch format {
            case .ics:
                text = DugnadCalendar.ics(dugnad, now: Int64(Date().timeIntervalSince1970 * 1000), language: language)
                content = .calendar
            case .csv, .vcf:
                let contacts = DugnadContacts(dugnad, in: store.replica)
                text = format == .csv ? contacts.csv(language).text(try csv.dialect()) : contacts.vcards()
                content = format == .csv ? .contactsCSV : .contactsVCard
                if contacts.withoutPhone > 0 {
                    Output.error(Message(nb: "\(contacts.withoutPhone) av de inviterte har ikke telefonnummer og er ikke med i filen.",
                                         en: "\(contacts.withoutPhone) of the invited have no phone number and are not in the file.").text(language))
                }
            case .notice:
                let kind: DugnadNotice.Kind = sms ? .sms : plain ? .text : .markdown
                let template = try TemplateFolder.template(kind, language, environment: options.environment)
                let notice = try DugnadNotice.render(dugnad, kind: kind, language: language, template: template)
                text = kind == .sms ? notice + "\n" : notice
                content = .notice(kind)
                let length = SMSLength(notice)
                if kind == .sms, length.segments > 1 {
                    Output.error(Message(nb: "SMS-teksten er \(length.units) tegn og blir sendt som \(length.segments) meldinger.",
                                         en: "The SMS text is \(length.units) characters and goes out as \(length.segments) messages.").text(language))
                }
            }
            try output.write(text, suggestedName: DugnadFileName.suggest(dugnad, content, language))
        }
    }
}

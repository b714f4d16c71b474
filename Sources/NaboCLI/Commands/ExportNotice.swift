import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct ExportNotice: FormatChoice {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Export a notice to residents: the notice (Markdown, plain or SMS) or the contacts of those living there (csv, vcf).",
        discussion: """
            The notice is Markdown (--plain for plain text, --sms for a short SMS). Templates in $XDG_CONFIG_HOME/nabo/templates \
            (notice-board.nb.md, notice-board.en.txt, notice-board-sms.nb.txt, ...) replace the built-in ones; placeholders: \
            {text} {date} {day} {weekday} {addresses}. The contacts are the residents living at the notice's addresses on its day. \
            With --output FOLDER the file gets a suggested name such as oppslag-2026-12-04.md or oppslag-2026-12-04-kontakter.csv.
            """)

    enum Format: String, CaseIterable { case notice, csv, vcf }

    @Argument(help: "The notice id.") var id: String
    @Option(name: .customLong("format"), help: "notice, csv or vcf.") var formatName: String
    @OptionGroup var text: NoticeTextFlags
    @OptionGroup var csv: CSVOptions
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let format = try self.format
            try text.check(isNotice: format == .notice)
            guard let record = store.replica.live(EntityType.notice.rawValue, id) else { throw Messages.noSuchRecord(.notice, id) }
            let notice = ResidentNotice(record, in: store.replica, today: try options.today(store))
            let language = options.language
            let contacts = ResidentContacts(notice, in: store.replica)
            let content: ExportFileName.Content
            let file: String
            switch format {
            case .notice:
                content = .notice(text.kind)
                let template = try TemplateFolder.template(text.kind, language, .noticeBoard, environment: options.environment)
                let rendered = try ResidentNoticeText.render(notice, kind: text.kind, language: language, template: template)
                file = text.kind == .sms ? rendered + "\n" : rendered
                if text.kind == .sms { ContactWarnings.smsLength(file, language) }
            case .csv:
                content = .contactsCSV
                file = contacts.csv(language).text(try csv.dialect())
                ContactWarnings.missingPhones(contacts, language)
            case .vcf:
                content = .contactsVCard
                file = contacts.vcards()
                ContactWarnings.missingPhones(contacts, language)
            }
            try output.write(file, suggestedName: ExportFileName.notice(notice, content, language), language: language)
        }
    }
}

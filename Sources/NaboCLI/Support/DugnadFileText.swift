import Foundation
import NaboCore

/// The text of one of a dugnad's files, the same whether `nabo export dugnad` or the dugnad screen
/// asks for it: the notice and SMS from the worker's templates, the calendar, the contacts.
enum DugnadFileText {
    static func make(_ dugnad: Dugnad, _ content: ExportFileName.Content, replica: Replica, language: Language,
                     dialect: CSVDialect, environment: [String: String], now: Date) throws(Message) -> String {
        switch content {
        case .calendar:
            return DugnadCalendar.ics(dugnad, now: Int64(now.timeIntervalSince1970 * 1000), language: language)
        case .contactsCSV:
            return ResidentContacts(dugnad, in: replica).csv(language).text(dialect)
        case .contactsVCard:
            return ResidentContacts(dugnad, in: replica).vcards()
        case .notice(let kind):
            let template = try TemplateFolder.template(kind, language, .dugnad, environment: environment)
            let notice = try DugnadNotice.render(dugnad, kind: kind, language: language, template: template)
            return kind == .sms ? notice + "\n" : notice
        }
    }
}

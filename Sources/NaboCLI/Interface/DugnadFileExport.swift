import Foundation
import NaboCore
import NaboStore
import NaboTUI

/// A dugnad's file written from its screen (`E`) into the documents folder, under the name
/// `ExportFileName` suggests, readable by the worker alone (0600), since the contacts hold phone numbers.
enum DugnadFileExport {
    /// Writes the file and says where it went.
    static func write(_ id: String, _ kind: DugnadExport, replica: Replica, language: Language, environment: [String: String],
                      now: Date) throws(Message) -> Message {
        guard let record = replica.live("dugnad", id) else {
            throw Message(nb: "Dugnaden finnes ikke lenger.", en: "The dugnad no longer exists.")
        }
        let dugnad = Dugnad(record, in: replica)
        let content: ExportFileName.Content = switch kind {
        case .notice: .notice(.markdown)
        case .sms: .notice(.sms)
        case .calendar: .calendar
        case .contactsCSV: .contactsCSV
        case .contactsVCard: .contactsVCard
        }
        // Contacts get a byte order mark, so a spreadsheet reads æøå right.
        let text = try DugnadFileText.make(dugnad, content, replica: replica, language: language,
                                           dialect: CSVDialect(byteOrderMark: true), environment: environment, now: now)
        return try DocumentsFolder.write(text, named: ExportFileName.dugnad(dugnad, content, language), environment: environment)
    }
}

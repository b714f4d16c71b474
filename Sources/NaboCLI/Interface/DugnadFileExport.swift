import Foundation
import NaboCore
import NaboStore
import NaboTUI

/// A dugnad's file written from its screen (`E`): into `$XDG_DOCUMENTS_DIR` if set, else
/// `~/Documents` if it exists, else the home folder, under the name `DugnadFileName` suggests,
/// readable by the worker alone (0600), since the contacts hold phone numbers.
enum DugnadFileExport {
    /// The folder the files go into.
    static func folder(environment: [String: String]) -> String {
        if let documents = environment["XDG_DOCUMENTS_DIR"], !documents.isEmpty { return documents }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        var isFolder: ObjCBool = false
        let documents = home + "/Documents"
        return FileManager.default.fileExists(atPath: documents, isDirectory: &isFolder) && isFolder.boolValue ? documents : home
    }

    /// Writes the file and says where it went.
    static func write(_ id: String, _ kind: DugnadExport, replica: Replica, language: Language, environment: [String: String],
                      now: Date) throws(Message) -> Message {
        guard let record = replica.live("dugnad", id) else {
            throw Message(nb: "Dugnaden finnes ikke lenger.", en: "The dugnad no longer exists.")
        }
        let dugnad = Dugnad(record, in: replica)
        let content: DugnadFileName.Content = switch kind {
        case .notice: .notice(.markdown)
        case .sms: .notice(.sms)
        case .calendar: .calendar
        case .contactsCSV: .contactsCSV
        case .contactsVCard: .contactsVCard
        }
        // Contacts get a byte order mark, so a spreadsheet reads æøå right.
        let text = try DugnadFileText.make(dugnad, content, replica: replica, language: language,
                                           dialect: CSVDialect(byteOrderMark: true), environment: environment, now: now)
        let path = folder(environment: environment) + "/" + DugnadFileName.suggest(dugnad, content, language)
        do throws(Files.Failure) {
            try Files.replaceAtomically(path, Array(text.utf8))
        } catch {
            throw Message(nb: "Kunne ikke skrive \(path).", en: "Could not write \(path).")
        }
        return Message(nb: "Skrev \(path) (ikke kryptert).", en: "Wrote \(path) (not encrypted).")
    }
}

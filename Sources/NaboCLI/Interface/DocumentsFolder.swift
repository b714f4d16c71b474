import Foundation
import NaboCore
import NaboStore

/// Where the interface writes the files a worker asks for (a dugnad's notice, a resident's innsyn):
/// `$XDG_DOCUMENTS_DIR` if set, else `~/Documents` if it exists, else the home folder. The files
/// are readable by the worker alone (0600): they hold names, phones and notes.
enum DocumentsFolder {
    static func path(environment: [String: String]) -> String {
        if let documents = environment["XDG_DOCUMENTS_DIR"], !documents.isEmpty { return documents }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        var isFolder: ObjCBool = false
        let documents = home + "/Documents"
        return FileManager.default.fileExists(atPath: documents, isDirectory: &isFolder) && isFolder.boolValue ? documents : home
    }

    /// Writes the file and says where it went.
    static func write(_ text: String, named name: String, environment: [String: String]) throws(Message) -> Message {
        let path = path(environment: environment) + "/" + name
        do throws(Files.Failure) {
            try Files.replaceAtomically(path, Array(text.utf8))
        } catch {
            throw Message(nb: "Kunne ikke skrive \(path).", en: "Could not write \(path).")
        }
        return Message(nb: "Skrev \(path) (ikke kryptert).", en: "Wrote \(path) (not encrypted).")
    }
}

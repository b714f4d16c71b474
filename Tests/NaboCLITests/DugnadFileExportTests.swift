import Foundation
import NaboCore
import NaboTestSupport
import NaboTUI
import Testing
@testable import NaboCLI

/// The files the dugnad screen's `E` writes: into the documents folder the environment names,
/// under the suggested names, readable by the worker alone.
@Suite struct DugnadFileExportTests {
    let tmp = TempFolder()

    func dugnad(_ replica: Replica) throws -> Dugnad {
        let record = try #require(replica.records("dugnad").first { $0.string("title")?.hasPrefix("Rydde") == true })
        return Dugnad(record, in: replica)
    }

    @Test func theFolderIsXDGDocumentsElseDocumentsInHomeElseHome() throws {
        let home = tmp.sub("home")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        #expect(DocumentsFolder.path(environment: ["HOME": home]) == home)
        try FileManager.default.createDirectory(atPath: home + "/Documents", withIntermediateDirectories: true)
        #expect(DocumentsFolder.path(environment: ["HOME": home]) == home + "/Documents")
        #expect(DocumentsFolder.path(environment: ["HOME": home, "XDG_DOCUMENTS_DIR": tmp.sub("docs")]) == tmp.sub("docs"))
        #expect(DocumentsFolder.path(environment: ["HOME": home, "XDG_DOCUMENTS_DIR": ""]) == home + "/Documents")
    }

    @Test func eachFileIsWrittenUnderItsSuggestedNameWithMode600AndTheMessageSaysWhere() throws {
        let replica = try DemoReplica.make()
        let dugnad = try dugnad(replica)
        let folder = tmp.sub("docs")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let environment = ["XDG_DOCUMENTS_DIR": folder, "XDG_CONFIG_HOME": tmp.sub("config"), "HOME": tmp.sub("home")]
        let kinds: [(DugnadExport, ExportFileName.Content, String)] = [
            (.notice, .notice(.markdown), "# "), (.sms, .notice(.sms), ""), (.calendar, .calendar, "BEGIN:VCALENDAR"),
            (.contactsCSV, .contactsCSV, "\u{FEFF}"), (.contactsVCard, .contactsVCard, "BEGIN:VCARD"),
        ]
        for (kind, content, start) in kinds {
            let path = folder + "/" + ExportFileName.dugnad(dugnad, content, .nb)
            let message = try DugnadFileExport.write(dugnad.id, kind, replica: replica, language: .nb, environment: environment, now: Date())
            #expect(message == Message(nb: "Skrev \(path) (ikke kryptert).", en: "Wrote \(path) (not encrypted)."))
            let bytes = try #require(FileManager.default.contents(atPath: path))
            #expect(bytes.count > 20 && bytes.starts(with: Data(start.utf8)), "\(kind)")
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(kind)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 5)
    }

    @Test func aMissingFolderOrDugnadIsAMessage() throws {
        let replica = try DemoReplica.make()
        let dugnad = try dugnad(replica)
        let missing = tmp.sub("nowhere")
        #expect(throws: Message(nb: "Kunne ikke skrive \(missing)/dugnad-\(dugnad.start!.date.iso).ics.",
                                en: "Could not write \(missing)/dugnad-\(dugnad.start!.date.iso).ics.")) {
            try DugnadFileExport.write(dugnad.id, .calendar, replica: replica, language: .nb, environment: ["XDG_DOCUMENTS_DIR": missing], now: Date())
        }
        #expect(throws: Message(nb: "Dugnaden finnes ikke lenger.", en: "The dugnad no longer exists.")) {
            try DugnadFileExport.write("nope", .calendar, replica: replica, language: .nb, environment: ["XDG_DOCUMENTS_DIR": missing], now: Date())
        }
    }
}

import Foundation
import NaboCore
@testable import NaboStore

/// Lines and files a stranger, a broken program or an unlucky office could leave in a sync folder.
enum HostileLines {
    static func line(_ op: String, t: String = "1700000000000000", by: String = "Fremmed", id: String = "adr-x1", street: String = "Storgata") -> String {
        #"{"v":1,"op":"\#(op)","t":\#(t),"by":"\#(by)","type":"address","id":"\#(id)","set":{"street":"\#(street)","number":"1","postcode":"3210","city":"Sandefjord"}}"#
    }

    static func nested(_ depth: Int) -> String {
        #"{"v":1,"op":"deep1:1","t":1,"by":"x","type":"address","id":"adr-d","set":{"street":"# + String(repeating: "[", count: depth) + "]}}"
    }

    /// Writes a journal file into a sync folder as another program would: no rename, no rules.
    static func plant(_ folder: String, _ name: String, _ lines: [String], finalNewline: Bool = true) throws {
        try FileManager.default.createDirectory(atPath: folder + "/journal", withIntermediateDirectories: true)
        var text = lines.joined(separator: "\n")
        if finalNewline { text += "\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/journal/" + name))
    }

    static func plant(_ folder: String, _ name: String, bytes: [UInt8]) throws {
        try FileManager.default.createDirectory(atPath: folder + "/journal", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/journal/" + name))
    }

    /// Every file under a folder, recursively, as relative paths.
    static func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }
}

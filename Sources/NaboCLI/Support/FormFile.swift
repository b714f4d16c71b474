import Foundation
import NaboCore
import NaboStore

/// A survey form defined in a JSON file: `{"name": ..., "version": 1, "scale": [...], "statements": [...]}`.
enum FormFile {
    static func edit(_ path: String, adding flags: Edit) throws(Message) -> Edit {
        // A form is stored as one journal line, so a file larger than a line could never be saved.
        let data: [UInt8]
        do throws(Files.Failure) {
            data = try Files.userFile(path, atMost: JournalLine.maxBytes, allowingStreams: true)
        } catch {
            throw error.message
        }
        guard let v = try? JSONParser.parse(String(decoding: data, as: UTF8.self)), let o = v.object else {
            throw Message(nb: "\(path) er ikke gyldig JSON.", en: "\(path) is not valid JSON.")
        }
        var edit = flags
        for (key, value) in o {
            guard Schema.field(.form, flag: key) != nil else { continue }
            edit.values[key] = edit.values[key] ?? (value.string ?? value.jsonText)
        }
        return edit
    }
}

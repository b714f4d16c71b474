import Foundation
import NaboCore

/// A survey form defined in a JSON file: `{"name": ..., "version": 1, "scale": [...], "statements": [...]}`.
enum FormFile {
    static func edit(_ path: String, adding flags: Edit) throws(Message) -> Edit {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Message(nb: "Fant ikke filen \(path).", en: "Cannot find the file \(path).")
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

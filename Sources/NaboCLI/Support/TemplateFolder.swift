import Foundation
import NaboCore
import NaboStore

/// The user's own notice and SMS templates, in `$XDG_CONFIG_HOME/nabo/templates` (else
/// `~/.config/nabo/templates`); a file there replaces the built-in template of the same name.
enum TemplateFolder {
    static func path(environment: [String: String]) -> String {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return config + "/nabo/templates"
    }

    /// The user's template for this kind of text, notice and language, or nil to use the built-in one.
    static func template(_ kind: NoticeText.Kind, _ language: Language, _ names: NoticeText.TemplateNames,
                         environment: [String: String]) throws(Message) -> Template? {
        let file = path(environment: environment) + "/" + kind.fileName(language, names)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        // Anyone may have handed the worker a template: a plain file of a notice's size, no more.
        let bytes: [UInt8]
        do throws(Files.Failure) {
            bytes = try Files.userFile(file, atMost: 64 * 1024)
        } catch {
            throw error.message
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Message(nb: "Kunne ikke lese malen \(file) som UTF-8-tekst.", en: "Could not read the template \(file) as UTF-8 text.")
        }
        return Template(text, source: file)
    }
}

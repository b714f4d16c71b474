import Foundation
import NaboCore

/// What can be typed after `:`. Each command has an English and a Norwegian name, so either
/// language's users can type what they think of.
enum AppCommand: Hashable {
    case quit
    case help
    case language(Language)
    case listThemes
    case theme(String)
    case go(Screen)
    /// `:import FILE`: the rest of the line is the path, spaces and all.
    case importSheet(String)
    /// `:rapport [FRA TIL [GRUNNLAG-FRA GRUNNLAG-TIL]]`, or `:status`: the dates as typed.
    case report([String], status: Bool)
    /// `:sync [FOLDER]`: the rest of the line is the path.
    case sync(String?)

    /// The command typed, nil for an empty line; a message for anything else.
    init?(parsing text: String) throws(Message) {
        let words = text.split(separator: " ").map(String.init)
        guard let name = words.first?.lowercased() else { return nil }
        let argument = words.count > 1 ? words[1] : nil
        switch name {
        case "q", "quit", "avslutt":
            self = .quit
        case "help", "hjelp", "h":
            self = .help
        case "lang", "language", "språk", "sprak":
            guard let argument, let language = LanguageChoice.language(named: argument) else { throw AppText.languageUsage }
            self = .language(language)
        case "theme", "tema":
            self = argument.map { .theme($0) } ?? .listThemes
        case "home", "hjem":
            self = .go(.home)
        case "addresses", "adresser":
            self = .go(.addresses)
        case "residents", "beboere":
            self = .go(.residents)
        case "indicators", "indikatorer":
            self = .go(.indicators)
        case "meetings", "møter", "moter":
            self = .go(.meetings(.list))
        case "progress", "fremdrift":
            self = .go(.progress)
        case "report", "rapport":
            self = .report(Array(words.dropFirst()), status: false)
        case "status":
            self = .report(Array(words.dropFirst()), status: true)
        case "sync", "synk", "synkroniser":
            let path = Self.path(after: name, in: text)
            self = .sync(path.isEmpty ? nil : path)
        case "import", "importer":
            let path = Self.path(after: name, in: text)
            guard !path.isEmpty else { throw AppText.importUsage }
            self = .importSheet(path)
        default:
            throw AppText.unknownCommand(name)
        }
    }

    /// What follows the command's name, without quotes a worker may have put round it.
    static func path(after name: String, in text: String) -> String {
        var rest = text.trimmingCharacters(in: .whitespaces).dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        for quote in ["\"", "'"] where rest.count >= 2 && rest.hasPrefix(quote) && rest.hasSuffix(quote) {
            rest = String(rest.dropFirst().dropLast())
        }
        return rest
    }
}

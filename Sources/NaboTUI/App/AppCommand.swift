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
        default:
            throw AppText.unknownCommand(name)
        }
    }
}

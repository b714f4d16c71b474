import NaboCore

/// The interface's words for keys, commands and messages, in bokmål and English. Words that
/// belong to one screen stay in that screen's view.
enum AppText {
    static let openAddress = Message(nb: "Åpne adressen", en: "Open the address")
    static let openUnit = Message(nb: "Åpne boligen", en: "Open the unit")
    static let openResident = Message(nb: "Åpne beboeren", en: "Open the resident")
    static let helpBack = Message(nb: "Fjern søket, ellers tilbake", en: "Clear the search, else go back")
    static let helpResidents = Message(nb: "Alle beboere", en: "All residents")
    static let helpAddresses = Message(nb: "Alle adresser", en: "All addresses")
    static let helpHome = Message(nb: "Til startsiden", en: "To the home screen")
    static let helpQuit = Message(nb: "Avslutt Nabo", en: "Quit Nabo")
    static let helpUndo = Message(nb: "Angre siste lagrede endring", en: "Undo the last change saved")
    static let helpDown = Message(nb: "Ned én linje", en: "Down one row")
    static let helpUp = Message(nb: "Opp én linje", en: "Up one row")
    static let helpPageDown = Message(nb: "En side ned", en: "One page down")
    static let helpPageUp = Message(nb: "En side opp", en: "One page up")
    static let helpFirst = Message(nb: "Til første linje", en: "To the first row")
    static let helpLast = Message(nb: "Til siste linje", en: "To the last row")
    static let helpSearch = Message(nb: "Søk i listen mens du skriver", en: "Search the list as you type")
    static let helpCommandLine = Message(
        nb: "Kommando: :hjem :adresser :beboere :importer :språk :tema :q",
        en: "Command: :home :addresses :residents :import :lang :theme :q")
    static let helpHelp = Message(nb: "Vis tastene for skjermen", en: "Show this screen's keys")
    static let helpSearchKeep = Message(nb: "Behold treffene og bla i dem", en: "Keep the matches and browse them")
    static let helpSearchClear = Message(nb: "Fjern søket, hele listen igjen", en: "Clear the search, the whole list again")
    static let helpErase = Message(nb: "Slett siste tegn", en: "Delete the last character")
    static let helpClear = Message(nb: "Tøm feltet", en: "Empty the field")
    static let helpCommandRun = Message(nb: "Utfør kommandoen", en: "Run the command")
    static let helpCommandCancel = Message(nb: "Avbryt", en: "Cancel")
    static let helpClose = Message(nb: "Lukk hjelpen", en: "Close the help")

    static let statusOpen = Message(nb: "åpne", en: "open")
    static let statusBack = Message(nb: "tilbake", en: "back")
    static let statusResidents = Message(nb: "beboere", en: "residents")
    static let statusAddresses = Message(nb: "adresser", en: "addresses")
    static let statusSearch = Message(nb: "søk", en: "search")
    static let statusHelp = Message(nb: "hjelp", en: "help")
    static let statusQuit = Message(nb: "avslutt", en: "quit")
    static let statusKeep = Message(nb: "behold", en: "keep")
    static let statusClear = Message(nb: "fjern", en: "clear")
    static let statusRun = Message(nb: "utfør", en: "run")
    static let statusCancel = Message(nb: "avbryt", en: "cancel")
    static let statusClose = Message(nb: "lukk", en: "close")

    static let languageChosen = Message(nb: "Språket er nå bokmål.", en: "The language is now English.")
    static let languageUsage = Message(nb: "Skriv :språk nb eller :språk en.", en: "Type :lang nb or :lang en.")

    static let importUsage = Message(nb: "Skriv :importer FIL, for eksempel :importer ~/boliger.xlsx.", en: "Type :import FILE, for example :import ~/units.xlsx.")

    static func unknownCommand(_ name: String) -> Message {
        Message(
            nb: "Ukjent kommando «\(name)». Kommandoer: :q, :hjelp, :hjem, :adresser, :beboere, :møter, :fremdrift, :indikatorer, :rapport, :status, :synk [MAPPE], :importer FIL, :språk nb|en, :tema NAVN.",
            en: "Unknown command “\(name)”. Commands: :q, :help, :home, :addresses, :residents, :meetings, :progress, :indicators, :report, :status, :sync [FOLDER], :import FILE, :lang nb|en, :theme NAME.")
    }

    static func themes(_ names: [String]) -> Message {
        let list = names.joined(separator: ", ")
        return Message(nb: "Fargetemaer: \(list). Velg med :tema NAVN.", en: "Colour themes: \(list). Choose with :theme NAME.")
    }

    static func themeChosen(_ name: String) -> Message {
        Message(nb: "Fargetemaet er nå «\(name)».", en: "The colour theme is now “\(name)”.")
    }
    static let helpNextMatch = Message(nb: "Neste treff etter et søk", en: "Next match after a search")
    static let helpPreviousMatch = Message(nb: "Forrige treff etter et søk", en: "Previous match after a search")
    static let noSearch = Message(nb: "Ikke noe søk å gå gjennom: / søker.", en: "No search to step through: / searches.")

    static func doesNothing(_ key: Key) -> Message {
        Message(nb: "\(key.label(.nb)) gjør ingenting her; ? viser tastene.", en: "\(key.label(.en)) does nothing here; ? shows the keys.")
    }
}

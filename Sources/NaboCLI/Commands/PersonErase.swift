import ArgumentParser
import Foundation
import NaboCore
import NaboStore

/// `nabo person erase RESIDENT --reason TEXT`: on a terminal it lists the other records whose text
/// still names the person, offers the export first, says it cannot be undone and asks for the
/// resident's name; without a terminal the name comes with `--confirm-name`.
struct PersonErase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase a resident and everything about them, on this laptop and on every copy it syncs with. Cannot be undone.",
        discussion: "Example: nabo person erase res-a1b2 --reason \"Asked to be erased, letter of 2026-11-20\" --confirm-name \"Kari Nordmann\"")

    @Argument(help: "The resident's id.") var resident: String
    @Option(name: .long, help: "Why the resident is erased; kept on the receipt.") var reason: String
    @Option(name: .customLong("confirm-name"), help: "The resident's name, to confirm without a terminal.") var confirmName: String?
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore { (store) throws(Message) in
            let language = options.language
            guard let preview = try store.erasurePreview([resident]).first else { return }
            let name = preview.resident.name
            let typed: String
            if let confirmName {
                typed = confirmName
            } else if !options.json, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 {
                for line in ErasureText.before(preview, resident: resident) { Output.line(line.text(language)) }
                Output.line(Message(nb: "Skriv beboerens navn for å slette:", en: "Type the resident's name to erase:").text(language))
                typed = readLine() ?? ""
            } else {
                throw Message(nb: "Uten terminal må navnet bekreftes med --confirm-name NAVN.",
                              en: "Without a terminal, confirm the name with --confirm-name NAME.")
            }
            guard ErasureConfirmation.matches(typed, name: name) else {
                throw Message(nb: "Navnet stemmer ikke med beboeren; ingenting er slettet.",
                              en: "The name does not match the resident; nothing was erased.")
            }
            let receipts = try store.erase([preview], reason: reason, now: try options.now())
            ErasureText.show(receipts, mentions: preview.mentions, options)
        }
    }
}

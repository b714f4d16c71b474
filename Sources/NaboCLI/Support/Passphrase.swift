#if canImport(Glibc)
import Glibc
#endif
import Foundation
import NaboCore
import NaboStore

/// Where a passphrase comes from: a file named by `--passphrase-file` or `NABO_PASSPHRASE_FILE`, else
/// the terminal, asked without echo. Never the command line itself, where other users' `ps` and the
/// shell's history would see it.
struct Passphrase {
    var file: String?
    var language: Language
    /// The key derivation a new passphrase's slot gets.
    var kdf: KDFParameters = .standard

    /// The keys of a new encrypted store.
    func newKeys() throws(Message) -> Store.NewKeys {
        Store.NewKeys(passphrase: try new(from: nil), kdf: kdf)
    }

    /// The passphrase that unlocks.
    func unlocking() throws(Message) -> String {
        if let file { return try Self.read(file) }
        guard let typed = Self.ask(Message(nb: "Passord (eller gjenopprettingsnøkkel): ", en: "Passphrase (or recovery key): ").text(language)) else {
            throw Self.noTerminal
        }
        return typed
    }

    /// A new passphrase: from `file`, else asked twice on the terminal.
    func new(from newFile: String?) throws(Message) -> String {
        if let path = newFile ?? file { return try Self.checked(Self.read(path)) }
        for _ in 0..<3 {
            guard let first = Self.ask(Message(nb: "Nytt passord: ", en: "New passphrase: ").text(language)),
                  let second = Self.ask(Message(nb: "Skriv det en gang til: ", en: "Type it once more: ").text(language)) else { throw Self.noTerminal }
            guard first == second else {
                Output.error(Message(nb: "De to var ikke like. Prøv igjen.", en: "The two did not match. Try again.").text(language))
                continue
            }
            // A short one typed at the first start is asked again too, not the end of everything typed before it.
            do throws(Message) {
                return try Self.checked(first)
            } catch {
                Output.error(error.text(language) + " " + Message(nb: "Prøv igjen.", en: "Try again.").text(language))
            }
        }
        throw Message(nb: "Ikke noe nytt passord etter tre forsøk. Ingenting er endret.", en: "No new passphrase after three tries. Nothing was changed.")
    }

    static func checked(_ p: String) throws(Message) -> String {
        guard p.count >= 8 else {
            throw Message(nb: "Passordet må ha minst 8 tegn.", en: "The passphrase must be at least 8 characters long.")
        }
        return p
    }

    static let noTerminal = Message(
        nb: "Datamappen er kryptert, og det er ingen terminal å spørre om passordet på. Bruk --passphrase-file FIL eller NABO_PASSPHRASE_FILE.",
        en: "The data folder is encrypted and there is no terminal to ask for the passphrase. Use --passphrase-file FILE or NABO_PASSPHRASE_FILE.")

    /// The file's first line; it should be readable by its owner only, like the data. A pipe is
    /// read too (`--passphrase-file <(pass show nabo)`), but never more than 4 KiB of anything.
    static func read(_ path: String) throws(Message) -> String {
        guard let bytes = try? Files.userFile(path, atMost: 4096, allowingStreams: true), let text = String(validating: bytes, as: UTF8.self) else {
            throw Message(nb: "Kunne ikke lese passordfilen \(path).", en: "Could not read the passphrase file \(path).")
        }
        return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    /// Asks on the controlling terminal with echo off; nil when there is none.
    static func ask(_ prompt: String) -> String? {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        tcsetattr(fd, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(fd, TCSAFLUSH, &saved)
            _ = write(fd, "\n", 1)
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while Glibc.read(fd, &byte, 1) == 1, byte != 0x0A, byte != 0x0D, line.count < 4096 { line.append(byte) }
        return String(decoding: line, as: UTF8.self)
    }
}

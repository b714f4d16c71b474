import ArgumentParser
import Foundation
import NaboCore
import NaboStore

/// Where an export goes: standard output by default, else a file, or a folder where the file gets the
/// name Nabo suggests (a date and what the file is, never who it is about).
struct ExportOutput: ParsableArguments {
    @Option(name: .long, help: "Write to this file, or into this folder under a suggested name (default: standard output).")
    var output: String?

    /// Writes the text's bytes as they are (CRLF line ends, a byte order mark) and says where a
    /// file went, and that it is not encrypted: an export is for handing on, so it stays readable.
    func write(_ text: String, suggestedName: String, language: Language) throws(Message) {
        // Piped to a file or a program, an export is data and goes out byte for byte; shown on
        // a terminal, a record's text must not be able to drive it.
        let shown = output == nil && isatty(STDOUT_FILENO) == 1
            ? ControlCharacters.escaped(text.replacingOccurrences(of: "\r\n", with: "\n"), keepingLineBreaks: true) : text
        try write(bytes: Array(shown.utf8), suggestedName: suggestedName, language: language)
    }

    /// Writes a binary file (an Excel workbook): to standard output only when that is a pipe or a
    /// file, since on a terminal it would be noise that can drive the terminal.
    func write(binary bytes: [UInt8], suggestedName: String, language: Language) throws(Message) {
        if output == nil, isatty(STDOUT_FILENO) == 1 { throw Self.binaryOnTerminal }
        try write(bytes: bytes, suggestedName: suggestedName, language: language)
    }

    private func write(bytes: [UInt8], suggestedName: String, language: Language) throws(Message) {
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        var isFolder: ObjCBool = false
        let path = FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue
            ? (output as NSString).appendingPathComponent(suggestedName) : output
        // Readable by the worker alone, like the data: exports hold names and phone numbers.
        do throws(Files.Failure) {
            try Files.replaceAtomically(path, bytes)
        } catch {
            throw error.message
        }
        // A script reads the path alone on standard output; a person sees the warning beside it.
        if isatty(STDOUT_FILENO) == 1 {
            Output.line(path + "  (" + Self.notEncrypted.text(language) + ")")
        } else {
            Output.line(path)
            Output.error(path + ": " + Self.notEncrypted.text(language))
        }
    }

    static let binaryOnTerminal = Message(
        nb: "En Excel-fil er ikke tekst for terminalen. Bruk --output FIL (en fil eller en mappe), eller send den videre med |.",
        en: "An Excel file is not text for the terminal. Use --output FILE (a file or a folder), or pipe it on with |.")

    static let notEncrypted = Message(nb: "ikke kryptert: alle som får filen, kan lese den", en: "not encrypted: anyone who gets the file can read it")
}

/// The CSV dialect flags shared by every CSV export.
struct CSVOptions: ParsableArguments {
    @Flag(name: .long, help: "Start the CSV with a byte order mark, so Excel reads æøå right.")
    var bom = false

    @Option(name: .long, help: "Field separator: , (default) or ; (Norwegian spreadsheets; decimals then use a comma).")
    var separator: String?

    func dialect() throws(Message) -> CSVDialect {
        try CSVDialect(separatorText: separator ?? ",", byteOrderMark: bom)
    }

    /// True when either flag was given, which only a CSV can follow.
    var isGiven: Bool { bom || separator != nil }
}

extension StoreOptions {
    /// Today where the worker is, by the store's time zone rules: what "late" is measured against.
    func today(_ store: Store) throws(Message) -> CalendarDate {
        store.today(now: try now())
    }
}

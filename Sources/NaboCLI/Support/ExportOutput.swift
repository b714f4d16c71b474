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
        try stream(suggestedName: suggestedName, language: language) { write in write(bytes) }
    }

    /// Writes an export as it is made: `produce` hands on its text a row or so at a time, and it
    /// goes out in 64 KB pieces, so the whole text is never held. Shown on a terminal each piece
    /// is escaped as `write` escapes the whole; a file is replaced only once it is complete.
    func stream(suggestedName: String, language: Language, _ produce: (_ text: (String) -> Void) -> Void) throws(Message) {
        let shown = output == nil && isatty(STDOUT_FILENO) == 1
        try stream(suggestedName: suggestedName, language: language) { write in
            withoutActuallyEscaping(write) { write in
                produce { text in
                    write(Array((shown ? ControlCharacters.escaped(text.replacingOccurrences(of: "\r\n", with: "\n"), keepingLineBreaks: true) : text).utf8))
                }
            }
        }
    }

    private func stream(suggestedName: String, language: Language, _ produce: (_ bytes: ([UInt8]) -> Void) -> Void) throws(Message) {
        var pending: [UInt8] = []
        guard let output else {
            produce { bytes in
                pending += bytes
                if pending.count >= Self.piece {
                    FileHandle.standardOutput.write(Data(pending))
                    pending.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(Data(pending))
            return
        }
        var isFolder: ObjCBool = false
        let path = FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue
            ? (output as NSString).appendingPathComponent(suggestedName) : output
        // Readable by the worker alone, like the data: exports hold names and phone numbers.
        do throws(Files.Failure) {
            try Files.replaceAtomically(path) { (fd) throws(Files.Failure) in
                var failure: Files.Failure?
                produce { bytes in
                    guard failure == nil else { return }
                    pending += bytes
                    guard pending.count >= Self.piece else { return }
                    do throws(Files.Failure) { try Files.writeAll(fd, pending, path: path) } catch { failure = error }
                    pending.removeAll(keepingCapacity: true)
                }
                if let failure { throw failure }
                try Files.writeAll(fd, pending, path: path)
            }
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

    static let piece = 64 << 10

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

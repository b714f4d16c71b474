import Foundation
import NaboCore
import NaboSheets
import NaboStore

/// An office's sheet as `nabo import` and the interface's `:import` read it: its rows, the CSV
/// dialect its refused rows go back out in, and its name as the summary says it.
struct SheetFile: Sendable {
    /// Far more than the largest office's stock; a bigger file is not a sheet of one.
    static let sizeLimit = 20 << 20

    let path: String
    let rows: [[String]]
    let dialect: CSVDialect

    var name: String { (path as NSString).lastPathComponent }

    static func read(_ path: String, sheet: String? = nil) throws(Message) -> SheetFile {
        let bytes: [UInt8]
        do throws(Files.Failure) { bytes = try Files.userFile(path, atMost: sizeLimit) } catch { throw error.message }
        guard !bytes.isEmpty else { throw Message(nb: "\(path) er tom.", en: "\(path) is empty.") }
        // A workbook is known by its zip header, whatever the file is called.
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // The refused rows of a workbook go out as Excel opens CSV in Norway: `;` and a BOM.
            return SheetFile(path: path, rows: try Workbook.rows(bytes, sheet: sheet), dialect: CSVDialect(separator: ";", byteOrderMark: true))
        }
        if sheet != nil {
            throw Message(nb: "--sheet gjelder bare Excel-ark; \(path) er CSV.", en: "--sheet applies to workbooks only; \(path) is CSV.")
        }
        let (rows, dialect) = try CSVReader.read(bytes)
        return SheetFile(path: path, rows: rows, dialect: dialect)
    }

    /// Saves the import's operations and remembers them, so `nabo import --undo` can take them
    /// back in a later run.
    func save(_ outcome: StockImport.Outcome, in store: Store, context: Context) throws(Message) {
        guard let first = outcome.ops.first, let last = outcome.ops.last else { return }
        try store.append(outcome.ops)
        try store.rememberImport(Store.LastImport(device: context.device, first: first.id.seq, last: last.id.seq, file: name, when: context.now))
    }

    /// NAME-avvist.csv beside the sheet, in its dialect, readable by the worker alone: it holds names
    /// and phones. Says where it went.
    func writeRefused(_ outcome: StockImport.Outcome, _ language: Language) throws(Message) -> Message {
        let base = (name as NSString).deletingPathExtension
        let target = ((path as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(base + Message(nb: "-avvist.csv", en: "-refused.csv").text(language))
        let text = StockImport.refusedRows(outcome, language: language).text(dialect)
        do throws(Files.Failure) { try Files.replaceAtomically(target, Array(text.utf8)) } catch { throw error.message }
        return Message(nb: "De avviste radene er skrevet til \(target) med grunnen i siste kolonne; rett dem og importer filen.",
                       en: "The refused rows are written to \(target) with the reason in the last column; correct them and import that file.")
    }
}

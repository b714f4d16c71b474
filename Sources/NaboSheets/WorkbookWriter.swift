import Foundation
import NaboCore
import ZIPFoundation

/// Writes tables as an .xlsx: every cell a text cell, so an id, a postcode or a phone number stays
/// as written, and text a spreadsheet would run as a formula is defused as in the CSV exports.
enum WorkbookWriter {
    static func bytes(_ sheets: [(name: String, table: CSVTable)]) -> [UInt8] {
        let names = SheetNames.unique(sheets.map(\.name))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", WorkbookXMLText.contentTypes(sheets: sheets.count)),
            ("_rels/.rels", WorkbookXMLText.rootRelationships),
            ("xl/workbook.xml", WorkbookXMLText.workbook(names)),
            ("xl/_rels/workbook.xml.rels", WorkbookXMLText.workbookRelationships(sheets: sheets.count)),
            ("xl/styles.xml", WorkbookXMLText.styles),
        ]
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", WorksheetXMLText.sheet(sheet.table)))
        }
        return zip(parts)
    }

    /// The parts of a workbook carry no meaningful time, so every file written from the same
    /// tables is the same bytes.
    static let partDate = Date(timeIntervalSince1970: 946_728_000)

    static func zip(_ parts: [(String, String)]) -> [UInt8] {
        // A ZIP made in memory from bytes in memory fails only if memory does, which no caller could handle.
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: partDate,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { fatalError("an in-memory ZIP archive has no data") }
            return Array(data)
        } catch {
            fatalError("an in-memory ZIP archive could not be written: \(error)")
        }
    }
}

/// Sheet names as Excel allows them: at most 31 characters, none of `[ ] : * ? / \`, no quote at
/// either end, not empty, and no two the same whatever their case.
enum SheetNames {
    static func unique(_ names: [String]) -> [String] {
        var taken: Set<String> = []
        return names.enumerated().map { i, name in
            var clean = String(name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) && $0.value >= 0x20 }
                .map(Character.init))
            clean = String(clean.trimmingCharacters(in: CharacterSet(charactersIn: "' ")).prefix(31))
            if clean.isEmpty { clean = "Sheet\(i + 1)" }
            var candidate = clean, n = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }
}

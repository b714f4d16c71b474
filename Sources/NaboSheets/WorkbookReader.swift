import NaboCore

/// A workbook opened for reading: its sheets and where each is kept, found through the package's
/// relationships as Excel finds them, with the usual names when a writer left those out.
struct WorkbookReader {
    struct Sheet {
        var name: String
        /// The part holding the sheet, nil when the relationship points nowhere in the file.
        var part: String?
        var isWorksheet: Bool
    }

    let archive: WorkbookArchive
    let sheets: [Sheet]
    let uses1904: Bool
    private let workbookPart: String
    private let relationships: RelationshipsXML?

    init(_ bytes: [UInt8]) throws(Message) {
        archive = try WorkbookArchive(bytes)
        if let mimetype = try? archive.part("mimetype"), String(decoding: mimetype, as: UTF8.self).contains("opendocument") {
            throw WorkbookFailure.openDocument
        }
        let root = try archive.part("_rels/.rels").map { (b) throws(Message) in try XMLPart.decoded(RelationshipsXML.self, b, part: "_rels/.rels") }
        workbookPart = root?.target(ofType: "/officeDocument").map { Self.resolve($0, from: "") } ?? "xl/workbook.xml"
        guard let workbookBytes = try archive.part(workbookPart) else { throw WorkbookFailure.notExcel }
        let workbook = try XMLPart.decoded(WorkbookXML.self, workbookBytes, part: workbookPart)
        let relsPart = Self.relationshipsPart(of: workbookPart)
        relationships = try archive.part(relsPart).map { (b) throws(Message) in try XMLPart.decoded(RelationshipsXML.self, b, part: relsPart) }
        let folder = Self.folder(of: workbookPart)
        sheets = (workbook.sheets?.sheet ?? []).map { [relationships, archive] sheet in
            let target = relationships?.relationship?.first { $0.id == sheet.relationship }
            let part = target.map { Self.resolve($0.target, from: folder) }
            return Sheet(name: sheet.name, part: part.flatMap { archive.contains($0) ? $0 : nil },
                         isWorksheet: target?.type.hasSuffix("/worksheet") ?? true)
        }
        uses1904 = workbook.uses1904
    }

    func rows(sheet name: String?) throws(Message) -> [[String]] {
        guard let first = sheets.first else { throw WorkbookFailure.noSheets }
        let sheet: Sheet
        if let name {
            guard let named = sheets.first(where: { $0.name == name }) ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw WorkbookFailure.noSuchSheet(name, has: sheets.map(\.name))
            }
            sheet = named
        } else {
            sheet = first
        }
        guard sheet.isWorksheet else { throw WorkbookFailure.notATable(sheet.name) }
        guard let part = sheet.part, let bytes = try archive.part(part) else { throw WorkbookFailure.damaged(sheet.name) }
        let context = SheetReader.Context(sheet: sheet.name, part: part, shared: try sharedStrings(), dates: try dateStyles(), uses1904: uses1904)
        return try SheetReader.read(bytes, context)
    }

    private func sharedStrings() throws(Message) -> [String] {
        let part = relatedPart("/sharedStrings") ?? "xl/sharedStrings.xml"
        guard let bytes = try archive.part(part) else { return [] }
        return try SharedStrings.read(bytes, part: part)
    }

    private func dateStyles() throws(Message) -> DateStyles {
        let part = relatedPart("/styles") ?? "xl/styles.xml"
        guard let bytes = try archive.part(part) else { return DateStyles(nil) }
        return DateStyles(try XMLPart.decoded(StylesXML.self, bytes, part: part))
    }

    private func relatedPart(_ type: String) -> String? {
        relationships?.target(ofType: type).map { Self.resolve($0, from: Self.folder(of: workbookPart)) }
    }

    static func folder(of part: String) -> String {
        part.lastIndex(of: "/").map { String(part[..<$0]) } ?? ""
    }

    static func relationshipsPart(of part: String) -> String {
        let folder = folder(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// A relationship's target as a part name inside the archive: from the package root when it
    /// starts with `/`, else from the folder of the part that points to it, `..` going up, never
    /// above the root. It only ever names a part to look up in memory.
    static func resolve(_ target: String, from folder: String) -> String {
        var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for s in target.split(separator: "/") {
            switch s {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(String(s))
            }
        }
        return segments.joined(separator: "/")
    }
}

/// The small parts of a workbook, as XMLCoder decodes them: which sheets there are and where they
/// are kept, whether dates count from 1904, and which cell styles show a number as a date.
struct WorkbookXML: Decodable {
    struct Properties: Decodable {
        var date1904: String?
    }
    struct Sheets: Decodable {
        var sheet: [Sheet]?
    }
    struct Sheet: Decodable {
        var name: String
        var relationship: String

        /// The relationship id is `r:id`, but the prefix is whatever the writer bound the
        /// relationships namespace to, and the parser keeps it on attributes.
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            name = try container.decode(String.self, forKey: AnyKey("name"))
            guard let id = container.allKeys.first(where: { $0.stringValue == "id" || $0.stringValue.hasSuffix(":id") }) else {
                throw DecodingError.keyNotFound(AnyKey("r:id"), .init(codingPath: decoder.codingPath, debugDescription: "no relationship id"))
            }
            relationship = try container.decode(String.self, forKey: id)
        }
    }
    var workbookPr: Properties?
    var sheets: Sheets?

    var uses1904: Bool { workbookPr?.date1904 == "1" || workbookPr?.date1904 == "true" }
}

/// A part's `.rels`: what each relationship id points to.
struct RelationshipsXML: Decodable {
    struct Relationship: Decodable {
        var id: String
        var type: String
        var target: String
        var targetMode: String?
        enum CodingKeys: String, CodingKey { case id = "Id", type = "Type", target = "Target", targetMode = "TargetMode" }
    }
    var relationship: [Relationship]?
    enum CodingKeys: String, CodingKey { case relationship = "Relationship" }

    func target(ofType suffix: String) -> String? {
        relationship?.first { $0.type.hasSuffix(suffix) && $0.targetMode != "External" }?.target
    }
}

/// The number formats of the cell styles (`cellXfs`, which a cell's `s` counts in) and the custom
/// formats they may name.
struct StylesXML: Decodable {
    struct NumberFormats: Decodable {
        var numFmt: [NumberFormat]?
    }
    struct NumberFormat: Decodable {
        var numFmtId: Int
        var formatCode: String
    }
    struct CellFormats: Decodable {
        var xf: [CellFormat]?
    }
    struct CellFormat: Decodable {
        var numFmtId: Int?
    }
    var numFmts: NumberFormats?
    var cellXfs: CellFormats?
}

/// A coding key for attributes whose name is known only when reading.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

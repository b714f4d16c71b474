/// The fixed parts of a workbook Nabo writes: content types, relationships, the workbook naming
/// its sheets, and two cell styles (plain, and bold for the header row).
enum WorkbookXMLText {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml."

    static func contentTypes(sheets: Int) -> String {
        var s = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="\#(contentType)sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="\#(contentType)styles+xml"/>"#
        for i in 0..<sheets {
            s += #"<Override PartName="/xl/worksheets/sheet\#(i + 1).xml" ContentType="\#(contentType)worksheet+xml"/>"#
        }
        return s + "</Types>"
    }

    static let rootRelationships = declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbook(_ names: [String]) -> String {
        var s = declaration + #"<workbook xmlns="\#(main)" xmlns:r="\#(officeRelationships)"><sheets>"#
        for (i, name) in names.enumerated() {
            s += #"<sheet name="\#(OfficeText.xml(name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        return s + "</sheets></workbook>"
    }

    static func workbookRelationships(sheets: Int) -> String {
        var s = declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        for i in 0..<sheets {
            s += #"<Relationship Id="rId\#(i + 1)" Type="\#(officeRelationships)/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        s += #"<Relationship Id="rId\#(sheets + 1)" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
        return s + "</Relationships>"
    }

    static let styles = declaration + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"
}

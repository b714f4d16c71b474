import NaboCore

/// What a worker is told when a workbook cannot be read: what is wrong with the file and what to do,
/// never a ZIP or XML error.
enum WorkbookFailure {
    static let notExcel = Message(
        nb: "Dette er ikke en Excel-fil (.xlsx). Lagre arket som Excel-arbeidsbok (.xlsx) eller CSV, og prøv igjen.",
        en: "This is not an Excel file (.xlsx). Save the sheet as an Excel Workbook (.xlsx) or as CSV and try again.")

    static let oldExcel = Message(
        nb: "Dette er en gammel Excel-fil (.xls) eller en fil med passord. Lagre arket som Excel-arbeidsbok (.xlsx) uten passord, eller som CSV, og prøv igjen.",
        en: "This is an old Excel file (.xls) or a file with a password. Save the sheet as an Excel Workbook (.xlsx) without a password, or as CSV, and try again.")

    static let openDocument = Message(
        nb: "Dette er et OpenDocument-regneark (.ods). Lagre det som Excel-arbeidsbok (.xlsx) eller CSV, og prøv igjen.",
        en: "This is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) or as CSV and try again.")

    static func tooLarge(limit: Int) -> Message {
        Message(nb: "Excel-filen er større enn \(limit >> 20) MB, mer enn et ark med boliger og beboere kan være. Del den opp, eller lagre bare arket som skal inn.",
                en: "The Excel file is larger than \(limit >> 20) MB, more than a sheet of units and residents can be. Split it, or save only the sheet to import.")
    }

    static func unpacksTooLarge(limit: Int) -> Message {
        Message(nb: "Excel-filen har en del som blir større enn \(limit >> 20) MB når den pakkes ut. Nabo leser den ikke; lagre arket på nytt fra Excel.",
                en: "The Excel file has a part that unpacks to more than \(limit >> 20) MB. Nabo does not read it; save the sheet again from Excel.")
    }

    /// A part that is missing, cut short or not what its name says: the file was cut off in a
    /// download or written by a program that got it wrong.
    static func damaged(_ part: String) -> Message {
        Message(nb: "Excel-filen er skadet (\(part) kan ikke leses). Åpne den i Excel og lagre den på nytt.",
                en: "The Excel file is damaged (\(part) cannot be read). Open it in Excel and save it again.")
    }

    static let noSheets = Message(nb: "Excel-filen har ingen ark.", en: "The Excel file has no sheets.")

    static func noSuchSheet(_ name: String, has names: [String]) -> Message {
        Message(nb: "Arket «\(name)» finnes ikke i filen; den har: \(names.joined(separator: ", ")).",
                en: "The sheet “\(name)” is not in the file; it has: \(names.joined(separator: ", ")).")
    }

    static func notATable(_ name: String) -> Message {
        Message(nb: "Arket «\(name)» er et diagram, ikke en tabell.", en: "The sheet “\(name)” is a chart, not a table.")
    }

    static func tooManyRows(_ sheet: String, limit: Int) -> Message {
        Message(nb: "Arket «\(sheet)» har flere enn \(grouped(limit)) rader; Nabo leser høyst \(grouped(limit)).",
                en: "The sheet “\(sheet)” has more than \(grouped(limit, separator: ",")) rows; Nabo reads at most \(grouped(limit, separator: ",")).")
    }

    static func tooManyColumns(_ sheet: String, cell: String, limit: Int) -> Message {
        Message(nb: "Arket «\(sheet)» har en verdi i celle \(cell), utenfor de \(limit) kolonnene Nabo leser.",
                en: "The sheet “\(sheet)” has a value in cell \(cell), beyond the \(limit) columns Nabo reads.")
    }

    static func badCellReference(_ sheet: String, cell: String) -> Message {
        Message(nb: "Arket «\(sheet)» har en celle med ugyldig adresse «\(cell)»; lagre arket på nytt fra Excel.",
                en: "The sheet “\(sheet)” has a cell with the invalid address “\(cell)”; save the sheet again from Excel.")
    }

    /// 100 000 as bokmål writes it (a space between thousands), 100,000 in English.
    static func grouped(_ n: Int, separator: String = " ") -> String {
        var digits = String(n)
        var out = ""
        while digits.count > 3 {
            out = separator + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }
}

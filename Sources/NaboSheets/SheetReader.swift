import Foundation
import NaboCore

/// One worksheet's XML, streamed into rows of text. Only cells with a value count: a style alone
/// (a border drawn down to row 1,048,576) makes no row and no column.
final class SheetReader: SAXHandler {
    static let rowLimit = 100_000
    static let columnLimit = 200

    struct Context {
        var sheet: String
        var part: String
        var shared: [String]
        var dates: DateStyles
        var uses1904: Bool
    }

    private let context: Context
    /// `rows[i]` is row `i + 1`, each as long as its last value; filled out by `table`.
    private var rows: [[String]] = []
    private var width = 0
    private var row = 0, column = -1
    private var reference = "", type = "", style = 0
    private var value = "", inline = ""
    private var inValue = false, inInline = false, inInlineText = false, phonetic = 0

    init(_ context: Context) { self.context = context }

    static func read(_ bytes: [UInt8], _ context: Context) throws(Message) -> [[String]] {
        let reader = SheetReader(context)
        try XMLPart.parse(bytes, part: context.part, into: reader)
        return reader.table
    }

    /// Every row as wide as the widest, so a column is the same index in every row.
    var table: [[String]] {
        rows.map { $0.count == width ? $0 : $0 + Array(repeating: "", count: width - $0.count) }
    }

    func start(_ name: String, _ attributes: [String: String]) throws(Message) {
        switch name {
        case "row":
            guard let r = attributes["r"] else { row += 1; column = -1; return }
            guard let n = CellReference("A" + r, columnLimit: Self.columnLimit, rowLimit: Self.rowLimit)?.row else {
                throw WorkbookFailure.damaged(context.part)
            }
            row = n
            column = -1
        case "c":
            reference = attributes["r"] ?? ""
            if reference.isEmpty {
                column += 1
            } else {
                guard let cell = CellReference(reference, columnLimit: Self.columnLimit, rowLimit: Self.rowLimit) else {
                    throw WorkbookFailure.badCellReference(context.sheet, cell: String(reference.prefix(20)))
                }
                column = cell.column
                if let r = cell.row { row = r }
            }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
            inline = ""
        case "v": inValue = true
        case "is": inInline = true
        case "rPh": phonetic += 1
        case "t": inInlineText = inInline && phonetic == 0
        default: break
        }
    }

    func end(_ name: String) throws(Message) {
        switch name {
        case "c":
            let text = try cellText()
            if !text.isEmpty { try store(text) }
        case "v": inValue = false
        case "is": inInline = false
        case "rPh": phonetic -= 1
        case "t": inInlineText = false
        default: break
        }
    }

    func text(_ text: String) {
        if inValue { value += text } else if inInlineText { inline += text }
    }

    private func store(_ text: String) throws(Message) {
        guard row >= 1 else { throw WorkbookFailure.damaged(context.part) }
        guard column < Self.columnLimit else {
            let cell = reference.isEmpty ? CellReference.letters(min(column, 16_383)) + String(row) : String(reference.prefix(20))
            throw WorkbookFailure.tooManyColumns(context.sheet, cell: cell, limit: Self.columnLimit)
        }
        guard row <= Self.rowLimit else { throw WorkbookFailure.tooManyRows(context.sheet, limit: Self.rowLimit) }
        if rows.count < row { rows += Array(repeating: [], count: row - rows.count) }
        if rows[row - 1].count <= column { rows[row - 1] += Array(repeating: "", count: column + 1 - rows[row - 1].count) }
        rows[row - 1][column] = text
        width = max(width, column + 1)
    }

    /// The cell as the sheet shows it, as far as text can: see `Workbook.rows`.
    private func cellText() throws(Message) -> String {
        switch type {
        case "s":
            guard let i = Int(value.trimmingCharacters(in: .whitespaces)), context.shared.indices.contains(i) else {
                throw WorkbookFailure.damaged(context.part)
            }
            return context.shared[i]
        case "inlineStr": return OfficeText.decoded(inline)
        case "str": return OfficeText.decoded(value)
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "d": return ExcelDate.iso(text: value)
        case "e": return value
        default:
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return value }
            if context.dates.isDate(style: style), let date = ExcelDate.iso(serial: number, uses1904: context.uses1904) { return date }
            return Self.text(number)
        }
    }

    /// At most 15 significant digits, as Excel shows a number (0.1 + 0.2 is 0.3), and a whole
    /// number without a decimal point.
    static func text(_ number: Double) -> String {
        if number == 0 { return "0" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(format: "%.15g", number)
    }
}

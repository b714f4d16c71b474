import Foundation

/// Python's openpyxl (from PyPI; `.ci/run` installs it) as the independent writer and reader of the
/// .xlsx files Nabo reads and writes. A test that needs it fails, saying so, when it is missing.
public enum Openpyxl {
    static func require() throws {
        try Python.require("openpyxl", install: "pip install openpyxl")
    }

    /// The bytes of the workbook a script saves to the path in `path`.
    public static func workbook(_ script: String) throws -> [UInt8] {
        try require()
        let folder = TempFolder("openpyxl")
        let file = folder.sub("book.xlsx")
        _ = try Python.run("path = \(pythonString(file))\n" + script)
        return Array(try Data(contentsOf: URL(fileURLWithPath: file)))
    }

    /// Every sheet of a workbook as openpyxl reads it: its name, and each cell as Python's repr of
    /// the value (`'text'`, `3`, `None`), so a string and a number are told apart.
    public static func read(_ bytes: [UInt8]) throws -> [(name: String, rows: [[String]])] {
        try require()
        let script = """
            import io, json, sys, openpyxl
            book = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()))
            print(json.dumps([[s.title, [[repr(c.value) for c in row] for row in s.iter_rows()]] for s in book.worksheets], ensure_ascii=False))
            """
        let json = try Python.run(script, input: Data(bytes))
        let sheets = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]] ?? []
        return sheets.map { ($0[0] as? String ?? "", $0[1] as? [[String]] ?? []) }
    }

    static func pythonString(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}

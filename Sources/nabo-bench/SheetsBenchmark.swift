import Foundation
import NaboCore
import NaboSheets

/// `nabo-bench --sheets`: an Excel workbook of 5,000 residents written and read back, the size of
/// sheet `nabo import` reads (an office allocates about 1,600 dwellings).
enum SheetsBenchmark {
    static func run(report: (Figure) -> Void) throws {
        let rows = 5_000
        let table = CSVTable(
            header: StockExport.columns(.residents).map { $0.text(.nb) },
            rows: (0..<rows).map { i in
                ["res-\(i)", "Beboer \(i) Ødegård", "+479\(String(format: "%07d", i))", "Midtåsveien", "\(i % 90 + 1)", i % 3 == 0 ? "B" : "",
                 "1617", "Sandefjord", "H0\(i % 9 + 1)0\(i % 7 + 1)", "2024-0\(i % 9 + 1)-1\(i % 9)", ""]
            },
            alwaysQuoted: [2])
        var bytes: [UInt8] = []
        let write = median { bytes = Workbook.write([(name: "Beboere", table: table)]) }
        report(Figure(name: "sheets: write a \(rows)-row workbook", value: write * 1000, unit: "ms"))
        report(Figure(name: "sheets: workbook size", value: Double(bytes.count) / 1024, unit: "KiB"))
        var read: [[String]] = []
        let seconds = try median { read = try Workbook.rows(bytes, sheet: nil) }
        guard read.count == rows + 1 else { throw Message(nb: "feil antall rader", en: "wrong number of rows: \(read.count)") }
        report(Figure(name: "sheets: read a \(rows)-row sheet", value: seconds * 1000, unit: "ms", target: "< 500 ms", met: seconds < 0.5))
    }

    /// The median of five runs, so one run disturbed by another process does not decide.
    static func median(_ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<5 { times.append(try seconds(body)) }
        return times.sorted()[2]
    }
}

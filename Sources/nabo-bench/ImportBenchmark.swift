import Foundation
import NaboCore
import NaboStore

/// `nabo-bench --import`: an office's stock as its sheets hold it, 1,600 units at 200 addresses and
/// 1,600 residents with where they live, imported from CSV into a fresh store (read, planned and
/// saved, as `nabo import` does), then imported again, which must change nothing.
enum ImportBenchmark {
    static let units = 1_600

    static func run(root: String) throws {
        let folder = root + "/import-store", state = root + "/import-state"
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: state)
        let store = try Store.initialise(folder, worker: "Bench", stateHome: state)
        let (unitSheet, residentSheet) = sheets()
        var figures: [Figure] = []
        var total = 0.0
        for (name, sheet) in [("units", unitSheet), ("residents", residentSheet)] {
            var ops = 0
            let t = try seconds { ops = try importOnce(sheet, into: store) }
            total += t
            figures.append(Figure(name: "import \(name) (\(units) rows, \(ops) operations written)", value: t, unit: "s"))
        }
        figures.append(Figure(name: "import 1,600 units + 1,600 residents, parse + plan + save", value: total, unit: "s", target: "< 2 s", met: total < 2))
        for (name, sheet) in [("units", unitSheet), ("residents", residentSheet)] {
            var ops = -1
            let t = try seconds { ops = try importOnce(sheet, into: store) }
            figures.append(Figure(name: "second import of the same \(name) sheet (\(ops) operations written)", value: t, unit: "s",
                                  target: "0 operations", met: ops == 0))
        }
        for f in figures { print(f.line) }
    }

    static func importOnce(_ text: String, into store: Store) throws -> Int {
        let rows = try CSVReader.read(Array(text.utf8)).rows
        let outcome = try StockImport.plan(rows: rows, replica: store.replica, context: try store.context(now: Date()))
        guard outcome.refusals.isEmpty else { throw outcome.refusals[0].reason }
        try store.append(outcome.ops)
        if let first = outcome.ops.first, let last = outcome.ops.last {
            try store.rememberImport(Store.LastImport(device: first.id.device, first: first.id.seq, last: last.id.seq, file: "bench.csv", when: 0))
        }
        return outcome.ops.count
    }

    /// Eight units to an address, one resident in each (the status left empty: letting follows the residents), as `;`-separated sheets with a byte order mark.
    static func sheets() -> (String, String) {
        var unitRows = ["Gateadresse;Husnr;Bokstav;Postnr;Poststed;H-nummer;Rom;Status"]
        var residentRows = ["Navn;Telefon;Gateadresse;Husnr;Bokstav;H-nummer;Innflyttet"]
        for i in 0..<units {
            let address = i / 8, unit = i % 8
            let street = ["Runarveien", "Midtåsveien", "Kløverveien", "Øvre Åsvei"][address % 4], number = 1 + address / 8
            let letter = address % 8 < 4 ? "" : "B"
            let h = "H0\(1 + unit / 2)0\(1 + unit % 2)"
            unitRows.append("\(street);\(number);\(letter);3216;Sandefjord;\(h);\(2 + i % 3);")
            let day = 1 + i % 28, month = 1 + i % 12
            residentRows.append("Beboer \(i);+47 4\(String(format: "%07d", i));\(street);\(number);\(letter);\(h);\(day).\(month).2024")
        }
        return ("\u{FEFF}" + unitRows.joined(separator: "\r\n") + "\r\n", "\u{FEFF}" + residentRows.joined(separator: "\r\n") + "\r\n")
    }
}

import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct Gen: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a large invented store for benchmarks (Norwegian streets, names from many origins, years of visits).")

    @OptionGroup var options: StoreOptions
    @Option(name: .long, help: "Units.") var units = 20_000
    @Option(name: .long, help: "Residents.") var residents = 30_000
    @Option(name: .long, help: "Operations of fieldwork: visits, with some edits, inputs and measures.") var visits = 450_000
    @Option(name: .long, help: "Years the fieldwork spans.") var years = 5
    @Option(name: .long, help: "Seed, for the same store every time.") var seed: UInt64 = 1

    func run() throws {
        try options.run { () throws(Message) in
            let store = try Store.initialise(options.folder, worker: "Generator", stateHome: options.stateHome)
            guard store.replica.operationCount == 0 else {
                throw Message(nb: "\(options.folder) har allerede data; gen skriver bare i en tom mappe.",
                              en: "\(options.folder) already has data; gen writes only into an empty folder.")
            }
            guard let device = store.identity?.device else { return }
            let start = CalendarDate(year: 2026 - years, month: 1, day: 5)!
            var gen = SyntheticStore(seed: seed, device: device, author: "Generator", startDay: start)
            let base = try gen.base(units: units, residents: residents) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
            try gen.fieldwork(visits, base: base, days: years * 365) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
            let total = Int(gen.seq) - 1
            if options.json {
                Output.json(pairs: [("folder", .string(options.folder)), ("operations", .int(total))])
            } else {
                Output.line(Message(nb: "Skrev \(total) endringer i \(options.folder).", en: "Wrote \(total) changes to \(options.folder).").text(options.language))
            }
        }
    }
}

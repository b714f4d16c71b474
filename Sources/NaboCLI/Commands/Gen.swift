import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct Gen: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a large invented store for benchmarks (Norwegian streets, names from many origins, years of visits, the work group's meetings).")

    @OptionGroup var options: StoreOptions
    @Option(name: .long, help: "Units.") var units = 20_000
    @Option(name: .long, help: "Residents.") var residents = 30_000
    @Option(name: .long, help: "Operations of fieldwork: visits, with some edits, inputs and measures.") var visits = 450_000
    @Option(name: .long, help: "Years the fieldwork spans.") var years = 5
    @Option(name: .long, help: "Seed, for the same store every time.") var seed: UInt64 = 1
    @Flag(name: .long, help: "Make the store encrypted, with the passphrase from --passphrase-file (else asked twice).") var encrypt = false

    func run() throws {
        try options.run { () throws(Message) in
            guard !FileManager.default.fileExists(atPath: options.folder + "/store.json") else {
                throw Message(nb: "\(options.folder) har allerede data; gen skriver bare i en ny mappe.",
                              en: "\(options.folder) already has data; gen writes only into a new folder.")
            }
            let newKeys = encrypt ? try options.passphrase.newKeys() : nil
            let store = try Store.initialise(options.folder, worker: "Generator", stateHome: options.stateHome, now: try options.now(), newKeys: newKeys)
            guard let device = store.identity?.device else { return }
            let start = CalendarDate(year: 2026 - years, month: 1, day: 5)!
            var gen = SyntheticStore(seed: seed, device: device, author: "Generator", startDay: start)
            // An encrypted store's first operations are its key lines.
            gen.skip(to: (store.identity?.lastSeq ?? 0) + 1)
            let base = try gen.base(units: units, residents: residents) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
            try gen.fieldwork(visits, base: base, days: years * 365) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
            try gen.project(base: base, days: years * 365) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
            let total = Int(gen.seq) - 1
            if options.json {
                Output.json(pairs: [("folder", .string(options.folder)), ("operations", .int(total))])
            } else {
                Output.line(Message(nb: "Skrev \(CountWords.of(total, "endring", "endringer")) i \(options.folder).", en: "Wrote \(CountWords.of(total, "change", "changes")) to \(options.folder).").text(options.language))
            }
        }
    }
}

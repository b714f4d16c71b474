import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fill a data folder with the demo data (invented residents at three Sandefjord addresses).")

    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.run { () throws(Message) in
            let store = try DemoStore.fill(options.folder, stateHome: options.stateHome)
            let n = store.replica.operationCount
            if options.json {
                Output.json(pairs: [("folder", .string(options.folder)), ("operations", .int(n))])
            } else {
                Output.line(Message(nb: "Demodata er lagt inn i \(options.folder).", en: "Demo data is in \(options.folder).").text(options.language))
            }
        }
    }
}

/// The demo store: created and filled by the same code for `nabo demo` and `nabo --demo`.
public enum DemoStore {
    public static let worker = "Demo Medarbeider"

    @discardableResult
    public static func fill(_ folder: String, stateHome: String, now: Date = Date()) throws(Message) -> Store {
        let store = Store.isSetUp(folder, stateHome: stateHome)
            ? try Store(folder, stateHome: stateHome)
            : try Store.initialise(folder, worker: worker, stateHome: stateHome)
        guard store.replica.records("address").isEmpty else { return store }
        let ctx = try store.context(now: now)
        let change = DemoData.change(device: ctx.device, firstSeq: ctx.nextSeq, today: ctx.today)
        try store.commit(change, now: now)
        return store
    }
}

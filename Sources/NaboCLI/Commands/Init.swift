import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a data folder, or set up this machine for a copied one.")

    @OptionGroup var options: StoreOptions

    @Option(name: .long, help: "Your name, recorded with every change you make.")
    var worker: String

    func run() throws {
        try options.run { () throws(Message) in
            let store = try Store.initialise(options.folder, worker: worker, stateHome: options.stateHome)
            if options.json {
                Output.json(pairs: [("folder", .string(options.folder)), ("device", .string(store.identity?.device ?? "")),
                                    ("worker", .string(store.identity?.worker ?? ""))])
            } else {
                Output.line(Message(nb: "Klar: \(options.folder) (enhet \(store.identity?.device ?? "")).",
                                    en: "Ready: \(options.folder) (device \(store.identity?.device ?? ""))").text(options.language))
            }
        }
    }
}

import ArgumentParser
import NaboCore
import NaboStore

struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge with a sync folder (USB stick, shared folder, Syncthing): both ways, nothing lost.")

    @Argument(help: "The sync folder; created if missing.") var dir: String
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore { (store) throws(Message) in
            let report = try store.sync(with: dir)
            if options.json {
                Output.json(pairs: [("received", .int(report.received)), ("sent", .int(report.sent)),
                                    ("newConflicts", .int(report.newConflicts)),
                                    ("damaged", .array(report.damage.map { .object(["file": .string($0.file), "line": .int($0.line), "kind": .string($0.kind.rawValue)]) }))])
            } else {
                Output.line(report.message.text(options.language))
                for d in report.damage { Output.line("  " + d.message.text(options.language)) }
            }
        }
    }
}

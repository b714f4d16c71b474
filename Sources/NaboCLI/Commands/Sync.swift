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
            Self.show(try store.sync(with: dir), options)
        }
    }

    /// What a sync did: counts, damage and notices, or their JSON.
    static func show(_ report: SyncReport, _ options: StoreOptions) {
        if options.json {
            Output.json(pairs: [("received", .int(report.received)), ("sent", .int(report.sent)),
                                ("newConflicts", .int(report.newConflicts)),
                                ("ahead", .array(report.ahead.map { .object(["device": .string($0.device), "worker": $0.worker.map { .string($0) } ?? .null,
                                                                             "changes": .int($0.count), "latest": .int(Int($0.latest.millis))]) })),
                                ("newDevice", .bool(report.newDevice != nil)),
                                ("erasures", .int(report.erasures)), ("erasedDropped", .int(report.erasedDropped)),
                                ("notices", .array(report.notices.map { .string($0.text(options.language)) })),
                                ("damaged", .array(report.damage.map(DamageJSON.object)))])
        } else {
            Output.line(report.message.text(options.language))
            for d in report.damage { Output.line("  " + d.message.text(options.language)) }
            for n in report.notices { Output.line(n.text(options.language)) }
        }
    }
}

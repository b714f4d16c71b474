import ArgumentParser
import NaboCore
import NaboStore

struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge with a sync folder (USB stick, shared folder, Syncthing): both ways, nothing lost.",
        discussion: """
        nabo sync FOLDER syncs with any folder once. nabo sync --set FOLDER names the folder this \
        laptop syncs with: it syncs at once, the interface then syncs with it on its own, and nabo sync \
        with no folder uses it. In a folder Syncthing carries (one holding .stfolder, or with \
        --own-journal-only) the laptop writes only its own journal, so no two laptops write one file.
        """)

    @Argument(help: "The sync folder, once; created if missing (default: the folder named with --set).") var dir: String?
    @Option(name: .customLong("set"), help: "Name the sync folder this laptop syncs with from now on, and sync with it.") var named: String?
    @Flag(help: "Forget the named sync folder.") var unset = false
    @Flag(name: .customLong("own-journal-only"), help: "Write only this laptop's own journal into the folder (for a file-sync engine).")
    var ownJournalOnly = false
    @Flag(help: "Keep syncing until stopped: within 2 s of a change in the folder or in this laptop's journals, and every 5 minutes. While the interface is open it syncs, and this waits until it quits.")
    var watch = false
    @OptionGroup var options: StoreOptions

    func validate() throws {
        if unset, dir != nil || named != nil || ownJournalOnly {
            throw ValidationError("--unset takes nothing else.")
        }
        if dir != nil, named != nil { throw ValidationError("Give either a folder to sync once or --set FOLDER, not both.") }
        if watch, unset || named != nil { throw ValidationError("--watch syncs with a folder given or named; it takes neither --set nor --unset.") }
    }

    func run() throws {
        if watch { return try keepSyncing() }
        try options.withStore { (store) throws(Message) in
            if unset {
                let was = store.namedSyncFolder
                try store.name(syncFolder: nil)
                Output.line((was.map(SyncText.forgotten) ?? SyncText.noneNamed).text(options.language))
                return
            }
            let target = try self.target(store)
            let report = try Self.sync(store, with: target, options.language)
            // Named only once it synced: a folder that cannot be synced is never kept.
            if named != nil {
                try store.name(syncFolder: target)
                if !options.json { Output.line(SyncText.named(target).text(options.language)) }
            }
            Self.show(report, options)
        }
    }

    /// One sync, with a bar on standard error if it takes over a second on a terminal.
    static func sync(_ store: Store, with target: NamedSyncFolder, _ language: Language) throws(Message) -> SyncReport {
        let bar = ProgressBar(SyncText.syncing.text(language))
        store.progress = bar.update(fraction:)
        defer {
            store.progress = nil
            bar.finish()
        }
        return try store.sync(with: target.folder, ownJournalOnly: target.ownJournalOnly)
    }

    /// The folder given, else the one named on this machine.
    func target(_ store: Store) throws(Message) -> NamedSyncFolder {
        if let folder = named ?? dir { return NamedSyncFolder(folder: folder, ownJournalOnly: ownJournalOnly) }
        guard let chosen = store.namedSyncFolder else { throw SyncText.noFolder }
        return NamedSyncFolder(folder: chosen.folder, ownJournalOnly: chosen.ownJournalOnly || ownJournalOnly)
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
                                ("ownJournalOnly", .bool(report.ownJournalOnly)), ("conflictCopiesRemoved", .int(report.conflictCopiesRemoved)),
                                ("notices", .array(report.notices.map { .string($0.text(options.language)) })),
                                ("damaged", .array(report.damage.map(DamageJSON.object)))])
        } else {
            Output.line(report.message.text(options.language))
            for d in report.damage { Output.line("  " + d.message.text(options.language)) }
            for n in report.notices { Output.line(n.text(options.language)) }
        }
    }
}

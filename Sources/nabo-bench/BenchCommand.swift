import ArgumentParser
import Foundation

/// `nabo-bench`: its options declared, so `--help` says what it measures and a mistyped option is
/// refused instead of running the whole benchmark.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nabo-bench",
        abstract: "Measure Nabo against its speed and memory targets on a generated store, one line per figure.",
        discussion: """
        Build it with swift build -c release. With no option it generates a store of 500,000 operations \
        (once; kept in the data folder) and measures the cold load against Python's json, peak memory, \
        the load with a snapshot, start to the interface's first frame, cursor moves and search on an \
        in-memory terminal, and full and incremental syncs with four other devices. Each line names its \
        figure and its target, with "met" or "NOT met". An option below measures one part alone.

        For a profiler, --cold-load-child STORE, --sync-child STORE FOLDER and --first-frame-child \
        STORE STATE and --snapshot-child STORE STATE run one step alone, and --command-child ARGUMENTS runs nabo ARGUMENTS and prints its \
        wall time, peak memory and exit status (each given first, before any other option).
        """)

    @Option(name: .customLong("data"), help: ArgumentHelp("Folder for the generated stores (default: $TMPDIR/nabo-bench).", valueName: "folder"))
    var root: String?
    @Flag(help: "Generate the store again, even if the data folder holds one.") var fresh = false
    @Flag(help: "The same steps on a Sandefjord-sized store: 50,000 operations, other devices 10,000 each.") var small = false
    @Option(name: .customLong("repeat"), help: ArgumentHelp("Only the cold load, the load with a snapshot and a full sync, each the median of N runs (to compare two builds).", valueName: "N"))
    var repeats: Int?
    @Flag(help: "The same store plain and encrypted side by side, the key derivation's time apart; then the --queries figures on the encrypted store.") var encrypted = false
    @Flag(help: "Only the Excel workbook: a 5,000-row sheet written and read back.") var sheets = false
    @Flag(name: .customLong("import"), help: "Only the import of 1,600 units and 1,600 residents from CSV, twice.") var importOnly = false
    @Flag(help: "Only nabo person retention erasing 1,000 residents.") var erasure = false
    @Flag(help: "Only the evaluation report of the store.") var report = false
    @Flag(help: "Only the lists answered from the snapshot's indexes (a day's and a resident's visits, an address's measures, residents due) and every visit exported as JSON.")
    var queries = false
    @Flag(help: "Only the snapshot written after a cold fold and again after 1,000 changes: its time against the fold's, its memory against its size.")
    var snapshot = false
    @Flag(help: "Only 200 keys typed through the interface while a background sync brings in 100,000 operations.") var typing = false
    @Flag(help: "Stores of 100,000, 2,000,000 and 5,000,000 operations joined by a new laptop: copy, init, first frame, export's memory. Generating them takes long and some 5 GB.")
    var huge = false

    func validate() throws {
        if let repeats, repeats < 1 { throw ValidationError("--repeat takes a number of runs, 1 or more.") }
        if [sheets, importOnly, erasure, report, typing, queries, snapshot, encrypted, huge, repeats != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Choose one of --repeat, --encrypted, --sheets, --import, --erasure, --report, --queries, --snapshot, --typing and --huge.")
        }
    }

    var options: BenchOptions {
        var o = BenchOptions()
        if let root { o.root = root }
        o.fresh = fresh
        if small { (o.units, o.residents, o.operations, o.otherOperations) = (2_000, 3_000, 50_000, 10_000) }
        (o.repeats, o.encrypted, o.sheets, o.importOnly, o.erasure, o.report, o.typing, o.queries, o.snapshot) = (repeats, encrypted, sheets, importOnly, erasure, report, typing, queries, snapshot)
        return o
    }

    func run() throws {
        let options = self.options
        let bench = StoreBenchmark(options)
        do {
            if huge {
                try HugeBenchmark.run(options)
            } else if options.sheets {
                try SheetsBenchmark.run { print($0.line) }
            } else if options.importOnly {
                try ImportBenchmark.run(root: options.root)
            } else if options.report {
                try ReportBenchmark.run(bench)
            } else if options.snapshot {
                try SnapshotBenchmark.run(bench)
            } else if options.queries {
                try QueriesBenchmark.run(bench)
            } else if options.typing {
                try TypingDuringSyncBenchmark.run(bench)
            } else if options.erasure {
                try ErasureBenchmark.run(bench)
            } else if options.encrypted {
                var encrypted = EncryptedStoreBenchmark(bench: bench)
                try encrypted.run()
            } else if let runs = options.repeats {
                var repeated = RepeatedStoreBenchmark(bench: bench, runs: runs)
                try repeated.run()
            } else {
                var whole = bench
                try whole.run()
            }
        } catch {
            FileHandle.standardError.write(Data("nabo-bench: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

import Foundation
import NaboCLI
import NaboCore
import NaboStore

// `swift run -c release nabo-bench [--data DIR] [--fresh] [--repeat N] [--encrypted] [--sheets] [--import] [--erasure] [--report]`: measures the store on a
// generated store of 500,000 operations against its targets and prints one line per figure; `--sheets`, `--import`, `--erasure` and
// `--report` time those alone.
let arguments = CommandLine.arguments
if arguments.count >= 3, arguments[1] == "--cold-load-child" {
    ColdLoadChild.run(folder: arguments[2], passphraseFile: arguments.count >= 4 ? arguments[3] : nil)
}
if arguments.count >= 4, arguments[1] == "--sync-child" {
    SyncChild.run(data: arguments[2], folder: arguments[3])
}
if arguments.count >= 4, arguments[1] == "--first-frame-child" {
    FirstFrameChild.run(folder: arguments[2], state: arguments[3], passphraseFile: arguments.count >= 5 ? arguments[4] : nil)
}
let options = BenchOptions(arguments)
do {
    var bench = StoreBenchmark(options)
    if options.sheets {
        try SheetsBenchmark.run { print($0.line) }
    } else if options.importOnly {
        try ImportBenchmark.run(root: options.root)
    } else if options.report {
        try ReportBenchmark.run(bench)
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
        try bench.run()
    }
} catch {
    FileHandle.standardError.write(Data("nabo-bench: \(error)\n".utf8))
    exit(1)
}

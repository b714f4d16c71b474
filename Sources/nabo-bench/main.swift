import Foundation
import NaboCLI
import NaboCore
import NaboStore

// `swift run -c release nabo-bench --help` says what it measures. The child modes below run one
// step alone in a process of its own (the benchmark starts them, and a profiler can).
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
if arguments.count >= 4, arguments[1] == "--snapshot-child" {
    SnapshotWriteChild.run(folder: arguments[2], state: arguments[3])
}
if arguments.count >= 2, arguments[1] == "--command-child" {
    CommandRun.child(Array(arguments.dropFirst(2)))
}
BenchCommand.main()

import Foundation
import NaboCLI
import NaboCore
import NaboStore
import NaboTUI

/// `nabo-bench --typing`: a worker moves through the residents list while the interface syncs with
/// a folder holding a colleague's 100,000 operations. The interface's own pieces run as its loop
/// runs them: `AutoSync` starts the sync beside the interface, `CatchUp` reads what it wrote a slice
/// at a time between keys and builds the directory again on a thread, and each key goes through
/// the key map, the reducer, the views and the painter. A key arrives every 10 ms; its time is
/// from its arrival to its frame painted, so a slice of reading it waited behind counts.
enum TypingDuringSyncBenchmark {
    static let keyInterval = 0.010
    static let keys = 200

    static func run(_ bench: StoreBenchmark) throws {
        try bench.prepare()
        let root = bench.options.root
        let state = root + "/typing-state", folder = root + "/typing-sync"
        let work = try bench.freshCopy("typing", state: state).store.folder
        try Store(work, stateHome: state).saveSnapshot()
        let store = try Store(work, stateHome: state)
        try bench.otherDevices(into: folder, base: store.replica, of: work, devices: 1)
        try store.shareWhileOpen()
        InterfaceMemory.tune()
        let today = store.today(now: Date())
        var directory = Directory(replica: store.replica, today: today)
        let residentsBefore = directory.allResidents.count
        let visitsBefore = store.replica.records(EntityType.visit.rawValue).count

        let size = TerminalSize(rows: 40, columns: 120)
        var state0 = AppState(language: .nb, isDemo: false)
        _ = AppReducer.reduce(&state0, .screenChosen(.residents), directory: directory, size: size)
        var appState = state0
        var terminal = RecordingTerminal(size: size)
        var painter = Painter()
        painter.present(AppView.render(appState, directory: directory, size: size), on: &terminal)

        var autoSync = AutoSync(named: NamedSyncFolder(folder: folder, ownJournalOnly: false), now: Date())
        var catchUp = CatchUp()
        var latencies: [Double] = []
        var received = 0
        var syncEnded: Double?, directoryTaken: Double?
        var slices = 0
        let start = now()
        var nextKey = start
        while latencies.count < keys || directoryTaken == nil {
            guard now() - start < 120 else { throw Message(nb: "Synkroniseringen ble ikke ferdig.", en: "The sync did not finish.") }
            if let built = catchUp.built() {
                store.retired.keep(directory)
                directory = built
                directoryTaken = now() - start
                painter.present(AppView.render(appState, directory: directory, size: size), on: &terminal)
            }
            let synced = autoSync.tick(store, now: Date()) { catchUp.start() }
            if syncEnded == nil, case .synced(_, let changes, _) = synced.status {
                syncEnded = now() - start
                received = changes
            }
            if let problem = synced.problem { throw problem }
            if now() >= nextKey {
                // A key has arrived: j and k in turn, through the key map like a typed key.
                let key = Key.character(latencies.count % 2 == 0 ? "j" : "k")
                if let action = AppKeys.action(for: key, in: appState) {
                    _ = AppReducer.reduce(&appState, action, directory: directory, size: size)
                }
                painter.present(AppView.render(appState, directory: directory, size: size), on: &terminal)
                latencies.append((now() - nextKey) * 1000)
                nextKey += keyInterval
            } else if catchUp.timeoutMilliseconds == 0 {
                // No key waiting: a slice of reading, as the interface does when its poll finds none.
                try catchUp.step(store, today: today)
                slices += 1
            } else {
                // The loop's wait for a key, at most as long as the interface would wait.
                let wait = min(max(0, nextKey - now()), Double(catchUp.timeoutMilliseconds ?? autoSync.timeoutMilliseconds) / 1000)
                usleep(UInt32(wait * 1e6))
            }
        }
        autoSync.finish()
        let sorted = latencies.sorted()
        let slowest = sorted.last ?? 0
        let visitsAfter = store.replica.records(EntityType.visit.rawValue).count
        print(Figure(name: "typing: store at the start", value: Double(bench.options.operations), unit: "operations").line)
        print(Figure(name: "typing: operations received by the background sync", value: Double(received), unit: "operations").line)
        print(Figure(name: "typing: visits shown before and after", value: Double(visitsBefore), unit: "→ \(visitsAfter)").line)
        print(Figure(name: "typing: residents listed before and after", value: Double(residentsBefore), unit: "→ \(directory.allResidents.count)").line)
        print(Figure(name: "typing: sync ended, from its start", value: syncEnded ?? .nan, unit: "s").line)
        print(Figure(name: "typing: new directory on screen, from the sync's start (\(slices) slices read between keys)",
                     value: directoryTaken ?? .nan, unit: "s").line)
        print(Figure(name: "typing: keys typed during the sync and the reading", value: Double(latencies.count), unit: "keys").line)
        print(Figure(name: "typing: key to frame, median", value: sorted[sorted.count / 2], unit: "ms").line)
        print(Figure(name: "typing: key to frame, 99th percentile", value: sorted[sorted.count * 99 / 100], unit: "ms").line)
        print(Figure(name: "typing: key to frame, slowest of \(latencies.count)", value: slowest, unit: "ms", target: "< 10 ms", met: slowest < 10).line)
    }

    private static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}

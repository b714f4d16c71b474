import Foundation
import NaboStore

/// The cold load runs in a process of its own, so its peak memory is the load's alone.
enum ColdLoadChild {
    static func run(folder: String) -> Never {
        let state = NSTemporaryDirectory() + "nabo-bench-state"
        var store: Store?
        // The store stays alive past the clock: freeing half a million records is not part of a load.
        let time = seconds { store = try? Store(folder, stateHome: state, readOnly: true, useSnapshot: false) }
        let count = store?.replica.operationCount ?? -1
        print("\(time) \(peakMemoryBytes()) \(count)")
        exit(count > 0 ? 0 : 1)
    }
}

import Foundation
import NaboCore
import NaboStore

/// The cold load runs in a process of its own, so its peak memory is the load's alone.
enum ColdLoadChild {
    /// With `passphraseFile`, an encrypted store; the time of unlocking is printed fourth.
    static func run(folder: String, passphraseFile: String? = nil) -> Never {
        let state = NSTemporaryDirectory() + "nabo-bench-state"
        var store: Store?
        let secret = passphraseFile.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }?.trimmingCharacters(in: .newlines)
        var ask: (() throws(Message) -> String)?
        if let secret { ask = { () throws(Message) in secret } }
        // The store stays alive past the clock: freeing half a million records is not part of a load.
        let time = seconds { store = try? Store(folder, stateHome: state, readOnly: true, useSnapshot: false, passphrase: ask) }
        let count = store?.replica.operationCount ?? -1
        print("\(time) \(peakMemoryBytes()) \(count) \(store?.unlockSeconds ?? 0)")
        exit(count > 0 ? 0 : 1)
    }
}

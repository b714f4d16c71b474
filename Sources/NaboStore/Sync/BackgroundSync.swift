import Crypto
import Foundation
import NaboCore

/// The keys an unlocked store holds, for a second store in the same process.
struct UnlockedKeys: @unchecked Sendable {
    var keyring: Keyring?
    var slot: String?
    // A private key is a value, only read.
    var slotKey: Curve25519.KeyAgreement.PrivateKey?
}

/// A sync that runs beside the interface, so typing never waits for it: on a thread of its own,
/// a second store opened on the same folder with the keys already unlocked merges with the sync
/// folder and writes what came in to the journals, under the folder's lock as any writer does.
/// The interface's store then takes in that store's fold (`handOver(to:)`) rather than reading
/// the new lines again.
public final class BackgroundSync: @unchecked Sendable {
    public enum Outcome: Sendable {
        case synced(SyncReport)
        case failed(Message)
    }

    private let guarded = NSLock()
    private var outcome: Outcome?
    /// The store that synced, until the interface's store has taken in its fold.
    private var synced: Store?
    private var fraction: Double?
    public let started: Date

    /// Starts a sync of `store`'s folder with `named`.
    public init(_ store: Store, with named: NamedSyncFolder, now: Date = Date()) {
        started = now
        let (folder, stateHome, keys, offset) = (store.folder, store.stateHome, store.unlockedKeys, store.utcOffset)
        let thread = Thread { [self] in
            // Background work: on Linux the nice value is the calling thread's own (who 0), so this one yields to the keys.
            setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            let result: Outcome
            do throws(Message) {
                let sibling = try Store(folder, stateHome: stateHome, readOnly: false, useSnapshot: true, now: Date(), waiting: {},
                                        passphrase: nil, freshKeys: false, unlocked: keys)
                sibling.utcOffset = offset
                sibling.progress = { [self] done in
                    guarded.lock()
                    fraction = done
                    guarded.unlock()
                }
                try sibling.settleSnapshot()
                let report = try sibling.sync(with: named.folder, ownJournalOnly: named.ownJournalOnly)
                sibling.handOver()
                result = .synced(report)
                guarded.lock()
                synced = sibling
                guarded.unlock()
            } catch {
                result = .failed(error)
            }
            guarded.lock()
            outcome = result
            guarded.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The outcome once the sync has ended; nil while it runs.
    public var finished: Outcome? {
        guarded.lock()
        defer { guarded.unlock() }
        return outcome
    }

    /// Once the sync has ended well, `store` takes in the records it folded (`Store.adopt`).
    public func handOver(to store: Store) {
        guarded.lock()
        let sibling = synced
        synced = nil
        guarded.unlock()
        guard let sibling else { return }
        store.adopt(sibling)
        // What else it holds (its snapshot mapped in, the sync's tables) is freed when the worker pauses.
        store.retired.keep(sibling)
    }

    /// How far the reading has come, 0...1; nil before it starts reading.
    public var progress: Double? {
        guarded.lock()
        defer { guarded.unlock() }
        return fraction
    }
}

extension Store {
    var unlockedKeys: UnlockedKeys { UnlockedKeys(keyring: keyring, slot: unlockedSlot, slotKey: slotKey) }
}

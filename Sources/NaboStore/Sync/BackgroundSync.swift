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
/// The interface's store then reads the journals' new lines (`Store.refresh`).
public final class BackgroundSync: @unchecked Sendable {
    public enum Outcome: Sendable {
        case synced(SyncReport)
        case failed(Message)
    }

    private let guarded = NSLock()
    private var outcome: Outcome?
    private var fraction: Double?
    public let started: Date

    /// Starts a sync of `store`'s folder with `named`.
    public init(_ store: Store, with named: NamedSyncFolder, now: Date = Date()) {
        started = now
        let (folder, stateHome, keys, offset) = (store.folder, store.stateHome, store.unlockedKeys, store.utcOffset)
        let thread = Thread { [self] in
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
                result = .synced(try sibling.sync(with: named.folder, ownJournalOnly: named.ownJournalOnly))
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

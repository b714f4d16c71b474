import Foundation
import NaboCore

/// A background sync's store hands what it folded to the interface's store: the interface then
/// has the synced records without reading the synced lines again on its own thread, where
/// folding a large sync (and the growth of its tables that comes with it) would hold up keys.
extension Store {
    /// Ends the background store's part: what it read is noted with each journal's size and
    /// inode while its lock is still held, then the lock goes, so the interface can write again.
    func handOver() {
        journalInodes = [:]
        for name in Files.listFiles(journalFolder) where JournalFileName.isJournal(name) {
            journalInodes[name] = Files.status(journalFolder + "/" + name)?.inode
        }
        lock = nil
    }

    /// Takes in `other`'s fold of the journals as they stood at its hand-over. It read the whole
    /// folder under the lock, after every write of this store, so its fold holds all this one did;
    /// what anyone wrote after the hand-over (this store's own saves too) is read by the next
    /// `refresh` from where `other` ended, and a journal written again since is read again whole.
    /// The old tables are kept in `retired`, for the interface to free when the worker pauses.
    func adopt(_ other: Store) {
        let old = (replica, known, damage, twoContents)
        manifest = other.manifest
        replica = other.replica
        known = other.known
        damage = other.damage
        twoContents = other.twoContents
        rewrittenElsewhere = other.rewrittenElsewhere
        twinSeen = other.twinSeen
        ownLosers = other.ownLosers
        missingOwnOperations = other.missingOwnOperations
        keyring = other.keyring
        keySlots = other.keySlots
        plainLines = other.plainLines
        journalSizes = other.journalSizes
        journalInodes = other.journalInodes
        operationsInSnapshot = other.operationsInSnapshot
        retired.keep(old)
    }
}

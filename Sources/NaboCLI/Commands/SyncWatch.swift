import Foundation
import NaboCore
import NaboStore

/// `nabo sync --watch`: a laptop kept up to date while the interface is closed. Each sync opens
/// the store and closes it again, so commands write between syncs; while the interface is open
/// it syncs itself and the watcher waits. Stopped by a signal, it ends between two writes at worst
/// mid-append, which the next open repairs as after a crash.
extension Sync {
    static let watchEvery: TimeInterval = 300

    func keepSyncing() throws {
        try options.run { () throws(Message) in
            var target: NamedSyncFolder?
            var saidWaiting = false
            var next = Date()
            var folderWatch: FolderWatch?
            let ownWatch = FolderWatch(options.folder)
            while true {
                if Store.interfaceIsOpen(options.folder) {
                    if !saidWaiting { Output.line(SyncText.interfaceSyncs.text(options.language)) }
                    saidWaiting = true
                    next = Date()
                    usleep(500_000)
                    continue
                }
                saidWaiting = false
                // Both are read every time, so neither keeps old events for the next round.
                let inFolder = folderWatch?.journalsChanged() ?? false
                let here = ownWatch?.journalsChanged() ?? false
                let changed = inFolder || here
                if changed || Date() >= next {
                    do throws(Message) {
                        let store = try options.open()
                        if target == nil { target = try self.target(store) }
                        let chosen = target!
                        let report = try Self.sync(store, with: chosen, options.language)
                        if report.received > 0 || report.sent > 0 || !report.damage.isEmpty { Self.show(report, options) }
                        store.saveSnapshotIfStale()
                    } catch where error == SyncText.noFolder {
                        throw error
                    } catch {
                        // Said, and tried again at the next change or round: a stick may be back by then.
                        Output.error(error.text(options.language))
                    }
                    // What the sync itself wrote is no change to answer.
                    if folderWatch == nil, let target { folderWatch = FolderWatch(target.folder) }
                    _ = folderWatch?.journalsChanged()
                    _ = ownWatch?.journalsChanged()
                    next = Date().addingTimeInterval(Self.watchEvery)
                }
                usleep(250_000)
            }
        }
    }
}

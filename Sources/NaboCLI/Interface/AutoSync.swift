import Foundation
import NaboCore
import NaboStore
import NaboTUI

/// When the interface syncs with the named folder on its own: at start, 10 s after the last save,
/// every 5 minutes, and within 2 s of a journal changing in the folder. Each sync runs beside the
/// interface (`BackgroundSync`), so typing never waits for it; a failure is said once and the
/// sync tried again.
public struct AutoSync {
    static let afterSave: TimeInterval = 10
    static let every: TimeInterval = 300
    static let afterFolderChange: TimeInterval = 0.5
    static let afterFailure: TimeInterval = 30
    /// A sync that takes longer than this shows how far it has come.

    private(set) var named: NamedSyncFolder?
    /// A folder typed with `:sync FOLDER`, named once a sync with it has worked.
    private var naming: NamedSyncFolder?
    private var running: BackgroundSync?
    private var watch: FolderWatch?
    private var due: Date?
    private var lastGood: (at: Date, report: SyncReport)?
    private var failedWith: Message?

    public init(named: NamedSyncFolder?, now: Date) {
        self.named = named
        due = named == nil ? nil : now
    }

    /// A save was made: it goes out 10 s after the last one.
    mutating func saved(now: Date) {
        guard named != nil else { return }
        due = min(due ?? .distantFuture, now.addingTimeInterval(Self.afterSave))
    }

    /// `:sync` alone syncs now with the named folder; `:sync FOLDER` with that one, named once it worked.
    mutating func asked(_ folder: String?, now: Date) throws(Message) {
        if let folder {
            naming = NamedSyncFolder(folder: folder, ownJournalOnly: false)
        } else if named == nil {
            throw SyncText.noFolder
        }
        due = now
    }

    /// What happened since the last look, for the status line: a sync started or ended. A sync that
    /// ended well hands its records to `store`; `refreshed` is called then, for the interface to
    /// read anything written since and show the records.
    public mutating func tick(_ store: Store, now: Date, refreshed: () -> Void) -> (status: SyncStatus?, problem: Message?) {
        var problem: Message?
        if let sync = running {
            guard let outcome = sync.finished else {
                let slow = now.timeIntervalSince(sync.started) >= ProgressDelay.seconds
                return (.syncing(fraction: slow ? sync.progress ?? 0 : nil), nil)
            }
            running = nil
            // What this sync wrote into the folder is no change from elsewhere.
            _ = watch?.journalsChanged()
            switch outcome {
            case .synced(let report):
                sync.handOver(to: store)
                if let naming {
                    do throws(Message) {
                        try store.name(syncFolder: naming)
                        named = naming
                    } catch {
                        problem = error
                    }
                    self.naming = nil
                    watch = nil
                }
                lastGood = (now, report)
                failedWith = nil
                due = now.addingTimeInterval(Self.every)
                refreshed()
            case .failed(let why):
                if why != failedWith { problem = why }
                failedWith = why
                naming = nil
                due = named == nil ? nil : now.addingTimeInterval(Self.afterFailure)
            }
        }
        guard let target = naming ?? named else { return (nil, problem) }
        if watch == nil { watch = FolderWatch(target.folder) }
        if watch?.journalsChanged() == true {
            due = min(due ?? .distantFuture, now.addingTimeInterval(Self.afterFolderChange))
        }
        if let due, due <= now {
            running = BackgroundSync(store, with: target, now: now)
            self.due = nil
            return (.syncing(fraction: nil), problem)
        }
        return (status(now), problem)
    }

    private func status(_ now: Date) -> SyncStatus? {
        if failedWith != nil { return .failing(lastGoodMinutesAgo: lastGood.map { minutes(since: $0.at, now) }) }
        guard let lastGood else { return nil }
        return .synced(minutesAgo: minutes(since: lastGood.at, now), changes: lastGood.report.received, from: lastGood.report.receivedFrom)
    }

    private func minutes(since then: Date, _ now: Date) -> Int { max(0, Int(now.timeIntervalSince(then) / 60)) }

    /// On the way out, a sync still running is let finish (so the folder is left whole), for a while.
    public func finish(within seconds: TimeInterval = 30) {
        guard let running else { return }
        let deadline = Date().addingTimeInterval(seconds)
        while running.finished == nil, Date() < deadline { usleep(20_000) }
    }

    /// How long the key loop may wait before the next look: short while a sync runs.
    public var timeoutMilliseconds: Int { running == nil ? 1000 : 100 }
}

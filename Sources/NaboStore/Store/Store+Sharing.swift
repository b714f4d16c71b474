import NaboCore

/// The interface stays open for hours while commands, syncs and a watcher want to write the same
/// data folder. So an open interface holds the folder's lock only while it writes; before each
/// write it reads what others wrote meanwhile, and its own sequence numbers follow theirs.
extension Store {
    /// Lets go of the data folder's lock, to take it again for each write (`exclusively`); holds
    /// the interface's own lock instead, so a second interface on this folder is refused and a
    /// watcher knows to wait.
    public func shareWhileOpen() throws(Message) {
        guard interfaceLock == nil, !isReadOnly else { return }
        do throws(Files.Failure) {
            guard let held = try FileLock.attempt(Self.interfaceLockPath(folder)) else { throw Files.Failure(message: Self.interfaceOpen) }
            interfaceLock = held
        } catch { throw error.message }
        recordInodes()
        lock = nil
    }

    /// Whether an interface has the folder open (`nabo sync --watch` leaves syncing to it then).
    public static func interfaceIsOpen(_ folder: String) -> Bool { FileLock.isHeld(interfaceLockPath(folder)) }

    static func interfaceLockPath(_ folder: String) -> String { folder + "/.interface" }

    static let interfaceOpen = Message(nb: "Nabo er allerede åpen for denne datamappen i en annen terminal.",
                                       en: "Nabo is already open on this data folder in another terminal.")

    /// Runs a write with the folder's lock held, after reading what other processes wrote since
    /// the last one; waits its turn as a command does. A store that holds the lock while open
    /// just runs it.
    public func exclusively<T>(_ body: () throws(Message) -> T) throws(Message) -> T {
        guard interfaceLock != nil, lock == nil else { return try body() }
        do throws(Files.Failure) { lock = try FileLock(folder + "/.lock") } catch { throw error.message }
        defer {
            recordInodes()
            lock = nil
        }
        try catchUp()
        return try body()
    }

    /// How far `refresh` came.
    public enum Refresh: Equatable, Sendable {
        /// Nothing came in, or a writer holds the lock: nothing was read.
        case unchanged
        /// Part of what came in was read; the rest is read by the next call.
        case partly
        /// Everything that came in is read.
        case caughtUp
    }

    /// Reads what other processes wrote since the last read, when the lock is free now, at most
    /// `budget` bytes of it per call, so an interface reads a large sync between keys. Never
    /// waits: a writer holding the lock is caught up with next time.
    public func refresh(budget: Int = .max) throws(Message) -> Refresh {
        guard interfaceLock != nil, lock == nil, journalsChanged() else { return .unchanged }
        do throws(Files.Failure) {
            guard let held = try FileLock.attempt(folder + "/.lock") else { return .unchanged }
            lock = held
        } catch { throw error.message }
        defer {
            recordInodes()
            lock = nil
        }
        return try catchUp(budget: budget) ? .caughtUp : .partly
    }

    /// A journal that grew is read from where it ended; one written again (an erasure, an
    /// encryption, another device id taken) or cut short means the whole folder is read again.
    /// True once everything is read; false when `budget` bytes were read and more is left.
    @discardableResult
    func catchUp(budget: Int = .max) throws(Message) -> Bool {
        registry = DeviceRegistry(stateHome: stateHome)
        let wasDevice = identity?.device
        identity = registry.entry(for: canonicalFolder)
        let rewritten = identity?.device != wasDevice || Files.listFiles(journalFolder).filter(JournalFileName.isJournal).contains { name in
            guard let st = Files.status(journalFolder + "/" + name), let had = journalSizes[name] else { return false }
            return st.size < had || journalInodes[name].map { $0 != st.inode } ?? false
        }
        if rewritten {
            damage = []
            twoContents = []
            try load(repairing: true, useSnapshot: true)
            _ = try applyErasures()
            return true
        }
        var left = budget
        for name in Files.listFiles(journalFolder) where JournalFileName.isJournal(name) {
            let size = Files.status(journalFolder + "/" + name)?.size ?? 0
            let from = journalSizes[name] ?? 0
            guard size != from else { continue }
            guard left > 0 else { return false }
            let end = size - from > left ? from + left : .max
            try readJournal(name, from: from, to: end, repairing: true)
            // A line longer than the slice is read whole, with what follows it up to a line's longest.
            if end != .max, journalSizes[name] == from { try readJournal(name, from: from, to: from + JournalLine.maxBytes + 1, repairing: true) }
            left -= (journalSizes[name] ?? from) - from
            if end != .max, journalSizes[name].map({ $0 < size }) ?? true { return false }
        }
        if !twoContents.isEmpty { try settleTwoContents() }
        _ = try applyErasures()
        return true
    }

    private func journalsChanged() -> Bool {
        Files.listFiles(journalFolder).filter(JournalFileName.isJournal).contains { name in
            Files.status(journalFolder + "/" + name).map { $0.size != journalSizes[name] || journalInodes[name] != $0.inode } ?? false
        }
    }

    func recordInodes() {
        guard interfaceLock != nil else { return }
        journalInodes = [:]
        for name in Files.listFiles(journalFolder) where JournalFileName.isJournal(name) {
            journalInodes[name] = Files.status(journalFolder + "/" + name)?.inode
        }
    }
}

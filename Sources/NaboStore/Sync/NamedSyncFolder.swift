import Foundation
import NaboCore

/// The sync folder a worker named for a data folder (`nabo sync --set`), kept per machine in
/// `$XDG_STATE_HOME/nabo/sync-folders.json` beside the device ids: a copied data folder, and so
/// a colleague's laptop, never inherits it.
public struct NamedSyncFolder: Equatable, Sendable {
    /// The folder's absolute path.
    public var folder: String
    public var ownJournalOnly: Bool

    public init(folder: String, ownJournalOnly: Bool) {
        self.folder = URL(fileURLWithPath: folder).standardizedFileURL.path
        self.ownJournalOnly = ownJournalOnly
    }

    static func path(_ stateHome: String) -> String { stateHome + "/sync-folders.json" }

    /// Every data folder's named sync folder; a damaged file names none.
    static func all(_ stateHome: String) -> [String: NamedSyncFolder] {
        guard let bytes = try? Files.contents(path(stateHome), atMost: 1 << 20),
              let o = (try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)))?.object else { return [:] }
        var out: [String: NamedSyncFolder] = [:]
        for (data, v) in o {
            guard let folder = v.object?["folder"]?.string, folder.hasPrefix("/") else { continue }
            out[data] = NamedSyncFolder(folder: folder, ownJournalOnly: v.object?["ownJournalOnly"]?.bool ?? false)
        }
        return out
    }

    static func save(_ named: NamedSyncFolder?, for data: String, stateHome: String) throws(Message) {
        var all = all(stateHome)
        all[data] = named
        var w = JSONWriter()
        w.object(all.sorted { $0.key < $1.key }.map {
            ($0.key, .object(["folder": .string($0.value.folder), "ownJournalOnly": .bool($0.value.ownJournalOnly)]))
        }, pretty: 0)
        w.byte(0x0A)
        do throws(Files.Failure) {
            try Files.makeDirectory(stateHome)
            try Files.replaceAtomically(path(stateHome), w.bytes)
        } catch { throw error.message }
    }
}

extension Store {
    /// The sync folder named on this machine for this data folder.
    public var namedSyncFolder: NamedSyncFolder? { NamedSyncFolder.all(stateHome)[canonicalFolder] }

    /// Names (or with nil forgets) the folder this data folder syncs with on its own.
    public func name(syncFolder: NamedSyncFolder?) throws(Message) {
        try NamedSyncFolder.save(syncFolder, for: canonicalFolder, stateHome: stateHome)
    }
}

import Foundation
import NaboTestSupport

/// One simulated laptop: its own data folder and machine state, and the sync folder its Syncthing
/// instance carries. Every `nabo` it runs ends within 30 s, so a hung one fails the test.
struct SyncthingLaptop: Sendable {
    let number: Int
    let data: String
    let state: String
    let syncFolder: String

    init(number: Int, root: String, syncFolder: String) {
        self.number = number
        data = "\(root)/laptop-\(number)/data"
        state = "\(root)/laptop-\(number)/state"
        self.syncFolder = syncFolder
    }

    /// What one `nabo sync` did.
    struct Synced: Sendable {
        var received: Int
        var sent: Int
        var conflictCopiesRemoved: Int
        var ownJournalOnly: Bool
        var wroteIntoFolder: Bool { sent > 0 || conflictCopiesRemoved > 0 }
    }

    /// Standard output of `nabo ARGS --data DATA`; a failure names the laptop, the command and its error.
    @discardableResult
    func nabo(_ args: String...) throws -> String { try run(args) }

    func json(_ args: String...) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try run(args + ["--json"]).utf8))
    }

    private func run(_ args: [String]) throws -> String {
        let environment = ["XDG_STATE_HOME": state, "XDG_DATA_HOME": state + "/xdg", "LANG": "en_GB.UTF-8"]
        let r = try Binary.run(args + ["--data", data], environment: environment, through: ["/usr/bin/timeout", "-k", "2", "30"])
        guard r.status == 0 else {
            throw Concurrently.Failure("Laptop \(number): nabo \(args.joined(separator: " ")) ended with \(r.status): \(r.stderr)")
        }
        return r.stdout
    }

    /// The new colleague's path: a copy of the store Syncthing brought (its manifest and journals,
    /// not Syncthing's marker), then this machine set up for it.
    func join(worker: String) throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        for item in ["store.json", "journal"] {
            try FileManager.default.copyItem(atPath: syncFolder + "/" + item, toPath: data + "/" + item)
        }
        try nabo("init", "--worker", worker, "--plain")
    }

    func sync() throws -> Synced {
        let answer = try json("sync", syncFolder, "--own-journal-only") as? [String: Any] ?? [:]
        let count = { (key: String) in (answer[key] as? NSNumber)?.intValue ?? -1 }
        return Synced(received: count("received"), sent: count("sent"), conflictCopiesRemoved: count("conflictCopiesRemoved"),
                      ownJournalOnly: answer["ownJournalOnly"] as? Bool ?? false)
    }
}

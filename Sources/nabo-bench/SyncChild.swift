import Foundation
import NaboStore

/// One full sync in a process of its own, `--sync-child DATA FOLDER`: a fresh copy of the store is
/// set up as a new laptop and synced with a fresh copy of the folder, so the sync can be taken alone
/// under a profiler that counts instructions (`valgrind --tool=callgrind --toggle-collect='*sync*'`).
enum SyncChild {
    static func run(data: String, folder: String) -> Never {
        let root = NSTemporaryDirectory() + "nabo-sync-child-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: root) }
        do {
            try FileManager.default.copyItem(atPath: data, toPath: root + "/work")
            try FileManager.default.copyItem(atPath: folder, toPath: root + "/folder")
            let store = try Store.initialise(root + "/work", worker: "Bench", stateHome: root + "/state")
            let time = try seconds { _ = try store.sync(with: root + "/folder") }
            print("\(time)")
        } catch {
            print("\(error)")
        }
        exit(0)
    }
}

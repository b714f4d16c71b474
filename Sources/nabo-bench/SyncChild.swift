import Foundation
import NaboStore

/// One full sync in a process of its own, `--sync-child DATA STATE FOLDER`, on copies made by
/// `--repeat`: the figure can then be taken under a profiler that counts instructions.
enum SyncChild {
    static func run(data: String, state: String, folder: String) -> Never {
        do {
            let store = try Store(data, stateHome: state)
            let time = try seconds { _ = try store.sync(with: folder) }
            print("\(time)")
            exit(0)
        } catch {
            print("\(error)")
            exit(1)
        }
    }
}

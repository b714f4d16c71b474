import Foundation
import NaboCore
import NaboTUI

/// The screens' directory built again on a thread of its own from a copy of the records (a value,
/// so the interface's store may go on changing), for the interface to take in when it is ready.
final class DirectoryBuild: @unchecked Sendable {
    private let guarded = NSLock()
    private var built: Directory?

    init(_ replica: Replica, today: CalendarDate) {
        // The copy shares the records' storage until either side changes them; neither is shared mutably.
        let thread = Thread { [self] in
            let directory = Directory(replica: replica, today: today)
            guarded.lock()
            built = directory
            guarded.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The directory once built; nil while it is being built.
    var result: Directory? {
        guarded.lock()
        defer { guarded.unlock() }
        return built
    }
}

import NaboCore
import NaboStore
import NaboTUI

/// The interface's reading of what others wrote into the journals (its own background sync, a
/// command, a watcher): a slice at a time between keys, then the directory built again beside the
/// interface, so that no key waits for either. The screens show the last directory until the new
/// one is ready.
public struct CatchUp {
    /// Journal bytes read per slice: a few milliseconds of reading on this machine.
    public static let slice = 256 << 10
    /// How often the loop looks whether the directory is built.
    public static let buildPollMilliseconds = 10

    private var reading = false
    /// Whether the records changed since the directory was last built.
    private var changed = false
    private var building: DirectoryBuild?

    public init() {}

    /// The records changed (a sync handed over its own): anything written since is read at the
    /// next pause between keys, then the directory is built again.
    public mutating func start() {
        reading = true
        changed = true
    }

    /// Whether a slice is left to read or a directory is being built.
    public var isBusy: Bool { reading || building != nil }

    /// How long the key loop may wait for a key before the next step: not at all while reading.
    public var timeoutMilliseconds: Int? {
        reading ? 0 : building != nil ? Self.buildPollMilliseconds : nil
    }

    /// One step between keys: a slice of the journals read; once all is read, the directory's build starts.
    public mutating func step(_ store: Store, today: CalendarDate) throws(Message) {
        switch try store.refresh(budget: Self.slice) {
        case .unchanged:
            reading = false
        case .partly:
            reading = true
            changed = true
        case .caughtUp:
            reading = false
            changed = true
        }
        if !reading, changed {
            changed = false
            building = DirectoryBuild(store.replica, today: today)
        }
    }

    /// The directory built again, once it is ready; looked at on every turn of the loop.
    public mutating func built() -> Directory? {
        guard let build = building, let directory = build.result else { return nil }
        building = nil
        return directory
    }

    /// The interface built the directory itself after its own save: a build under way is older.
    public mutating func superseded() {
        building = nil
        changed = false
    }
}

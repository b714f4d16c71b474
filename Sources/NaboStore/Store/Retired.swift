/// Large values an interface has replaced (a table of half a million records, a directory, a
/// background sync's store) are kept here and freed when the worker pauses: freeing them takes
/// tens of milliseconds that a key cannot wait, and freeing them on another thread makes that
/// thread and the keys' contend for the same memory.
public final class Retired {
    private var held: [Any] = []

    public init() {}

    public func keep(_ value: Any) { held.append(value) }

    /// Frees what is kept; called once no key has come for a while.
    public func drop() { held = [] }

    public var isEmpty: Bool { held.isEmpty }
}

import Foundation

/// A value worked out the first time it is asked for, then kept: for what only some screens need,
/// so start-up does not pay for it. Copies of the directory share one, as they share the records.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let make: @Sendable () -> Value
    /// Guarded by `lock`.
    private var made: Value?
    private let lock = NSLock()

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}

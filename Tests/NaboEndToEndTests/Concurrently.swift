import Foundation

/// Runs `body` for every index at the same moment, each on a thread of its own, and returns the
/// results in index order, or throws the first index's error. Not `concurrentPerform`: its pool is
/// as wide as the machine's cores, and on two cores five laptops would take turns.
enum Concurrently {
    static func map<T: Sendable>(_ count: Int, seconds: Int = 120, _ body: @escaping @Sendable (Int) throws -> T) throws -> [T] {
        let results = Results<T>(count)
        let group = DispatchGroup()
        for i in 0..<count {
            group.enter()
            Thread {
                results.set(i, Result { try body(i) })
                group.leave()
            }.start()
        }
        guard group.wait(timeout: .now() + .seconds(seconds)) == .success else {
            throw Failure("\(count) tasks at once did not all finish within \(seconds) s")
        }
        return try results.all()
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// The threads' results, each written once under the lock.
private final class Results<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<T, Error>?]

    init(_ count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: Result<T, Error>) {
        lock.withLock { slots[i] = result }
    }

    func all() throws -> [T] {
        try lock.withLock { try slots.map { try $0!.get() } }
    }
}

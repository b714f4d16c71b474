import Foundation

/// Work started on a thread of its own now and waited for when its result is needed, so that
/// start-up on a large store uses both cores: the directory's tables on one, the core's lists on
/// the other. A thread of its own, not a shared pool's, so that waiting never holds up the work.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    /// Written once by the work before `finished` is signalled, read only after waiting for it:
    /// the semaphore orders the two, so no lock is needed.
    private var result: Value?
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        Thread { [self] in
            result = work()
            finished.signal()
        }.start()
    }

    /// The result, once the work is done; asked for once.
    func wait() -> Value {
        finished.wait()
        return result!
    }
}

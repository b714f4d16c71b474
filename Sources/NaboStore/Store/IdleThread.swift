import Foundation

/// A thread for work that may take only spare time: start-up's own threads (the reader, the
/// directory's background work) come first, and whatever they need of its work they do themselves.
enum IdleThread {
    static func start(_ work: @escaping @Sendable () -> Void) {
        Thread.detachNewThread {
            #if os(Linux)
            // SCHED_IDLE (5 in Linux's sched.h, which Swift's Glibc module leaves out).
            var none = sched_param()
            _ = pthread_setschedparam(pthread_self(), 5, &none)
            #endif
            work()
        }
    }
}

import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A closed terminal (SIGHUP) or a polite kill (SIGTERM) asks the program to stop instead of
/// ending it there and then, so that the form being typed is written as a draft on the way out.
/// The handler only notes the signal; the key loop looks between short waits, and once everything
/// is written the program ends by that signal after all, so a caller still sees how it ended.
public enum StopSignals {
    static let received = Atomic<Int32>(0)

    static func install() {
        for number in [SIGTERM, SIGHUP] {
            signal(number) { StopSignals.received.store($0, ordering: .relaxed) }
        }
    }

    static var wereSent: Bool { received.load(ordering: .relaxed) != 0 }

    /// After the interface has given the terminal back and kept its draft: end as the signal asked.
    public static func endIfAsked() {
        let number = received.load(ordering: .relaxed)
        guard number != 0 else { return }
        signal(number, SIG_DFL)
        raise(number)
    }
}

import Foundation
import NaboCore

/// The one place every command and the interface read the time. `NABO_TODAY=2026-11-22` pins the
/// day while the time of day still runs, so the README's captures and a demo read the same on any
/// day, and what is saved keeps its order.
struct DayClock: Sendable {
    /// The pinned day; nil for the machine's own.
    let today: CalendarDate?

    static let variable = "NABO_TODAY"

    init(environment: [String: String]) throws(Message) {
        guard let text = environment[Self.variable], !text.isEmpty else {
            today = nil
            return
        }
        // Only the stored form: a pinned day is for scripts and tests, which should not depend on a language.
        guard text.utf8.count == 10, text.contains("-"), let day = CalendarDate(text) else {
            throw Message(nb: "\(Self.variable) må være en dag skrevet som 2026-11-22, ikke «\(text)».",
                          en: "\(Self.variable) must be a day written as 2026-11-22, not “\(text)”.")
        }
        today = day
    }

    /// Now; on the pinned day, at the local time of day the machine's clock says.
    func now() -> Date {
        let real = Date()
        guard let today else { return real }
        let calendar = Calendar(identifier: .gregorian)
        var parts = calendar.dateComponents([.hour, .minute, .second, .nanosecond], from: real)
        parts.year = today.year
        parts.month = today.month
        parts.day = today.day
        return calendar.date(from: parts) ?? real
    }
}

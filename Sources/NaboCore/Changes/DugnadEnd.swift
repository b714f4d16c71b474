/// A dugnad's end is most often typed as a time alone ("20:00" or "20.00"): it is the start's day.
/// The form and `nabo add/set dugnad --end HH:MM` read it here, the same way.
enum DugnadEnd {
    /// The end as a date and time: the time alone gets the start's day (as typed in the same edit,
    /// else as stored); anything else is left for the field reader to judge.
    static func resolved(_ typed: String, typedStart: String?, storedStart: JSONValue?) -> String {
        let end = typed.trimmingWhitespace()
        let time = end.split(whereSeparator: { $0 == ":" || $0 == "." })
        let isTime = time.count == 2 && time[0].count <= 2 && time[1].count == 2 && end.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." }
        guard isTime else { return typed }
        // The start's day as the date-and-time reader reads it, so "4 Dec 2026 10:00" gives the 4th.
        let day = typedStart.flatMap { LocalDateTime($0, offsetFor: { _, _ in 0 })?.date.iso }
            ?? storedStart?.string.map { String($0.prefix(10)) }
        guard let day, !day.isEmpty else { return typed }
        return day + " " + String(end.map { $0 == "." ? ":" : $0 })
    }
}

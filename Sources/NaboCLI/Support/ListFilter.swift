import NaboCore

/// The field filters of `nabo list TYPE --FIELD VALUE`, read once and matched against each record.
/// A day given for a field with a time (a visit's `--date 2026-11-02`) matches every time on that
/// day: a worker asks for a day's visits, not for the visits logged without a time.
struct ListFilter {
    /// Values a field must equal (closed sets and dates as stored; text without regard to case).
    var values: [String: String] = [:]
    /// Days a date-and-time field must fall on.
    var days: [String: CalendarDate] = [:]
    /// Local days and times (to the minute) a date-and-time field must be at.
    var moments: [String: LocalDateTime] = [:]
    /// Members a field with several values must hold.
    var members: [String: [String]] = [:]

    init(_ type: EntityType, _ args: [String], options: [String]) throws(Message) {
        let edit = try FieldFlags.filter(type, args, options: options)
        members = edit.additions
        for (field, text) in edit.values {
            if Schema.fields(type).first(where: { $0.name == field })?.kind == .dateTime,
               let read = LocalDateTime(text, offsetFor: { _, _ in 0 }) {
                if read.minutes == nil { days[field] = read.date } else { moments[field] = read }
            } else {
                values[field] = text
            }
        }
    }

    var isEmpty: Bool { values.isEmpty && days.isEmpty && moments.isEmpty && members.isEmpty }

    func matches(_ r: Record) -> Bool {
        for (field, value) in values where r[field]?.string.map({ $0.lowercased() }) != value.lowercased()
            && r[field].map({ $0.jsonText }) != value {
            return false
        }
        for (field, day) in days where r.date(field) != day { return false }
        for (field, moment) in moments {
            // The time as the worker saw it: the offset it was logged with is not asked for.
            guard let at = r.string(field).flatMap({ LocalDateTime($0, offsetFor: { _, _ in 0 }) }),
                  at.date == moment.date, at.minutes == moment.minutes else { return false }
        }
        for (field, wanted) in members where !wanted.allSatisfy({ r.members(field).contains($0) }) {
            return false
        }
        return true
    }
}

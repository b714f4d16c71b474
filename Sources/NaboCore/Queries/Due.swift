/// Who is due a visit: the next visit agreed at the last one has come, or the agreed frequency of
/// follow-up has passed since the last visit. Most overdue first.
public struct DueVisit: Equatable, Sendable {
    public var resident: String
    public var due: CalendarDate
    public var daysOverdue: Int
    public var lastVisit: CalendarDate?
    public enum Reason: String, Sendable { case agreedNext = "agreed-next", frequency }
    public var reason: Reason
}

public enum Due {
    /// The latest visit date per resident, counting attempts where nobody was home: an attempt is
    /// follow-up work done, and its `next` is the new appointment.
    public static func latestVisits(in replica: Replica) -> [String: (date: CalendarDate, next: CalendarDate?)] {
        var latest: [String: (date: CalendarDate, next: CalendarDate?)] = [:]
        for v in replica.records("visit") where !v.isDeleted {
            guard let text = v.string("date"), let date = CalendarDate(text.prefix(10)) else { continue }
            let next = v.string("next").flatMap { CalendarDate($0) }
            for r in v.members("residents") {
                guard let known = latest[r] else { latest[r] = (date, next); continue }
                if date > known.date {
                    latest[r] = (date, next)
                } else if date == known.date, let next, known.next.map({ next > $0 }) ?? true {
                    // Two visits the same day: the later appointment is the one that stands.
                    latest[r] = (date, next)
                }
            }
        }
        return latest
    }

    /// `latest` is `latestVisits(in:)`, passed in by a caller that needs it for more than this.
    public static func list(in replica: Replica, today: CalendarDate,
                            latest known: [String: (date: CalendarDate, next: CalendarDate?)]? = nil) -> [DueVisit] {
        let latest = known ?? latestVisits(in: replica)
        var plans: [String: Record] = [:]
        for p in replica.records(EntityType.followUp.rawValue) where !p.isDeleted && p.string("ended") == nil {
            if let r = p.string("resident") { plans[r] = p }
        }
        var out: [DueVisit] = []
        for r in replica.records("resident") where !r.isDeleted {
            if let moved = r.string("movedOut").flatMap({ CalendarDate($0) }), moved <= today { continue }
            let last = latest[r.id]
            var candidates: [(CalendarDate, DueVisit.Reason)] = []
            if let next = last?.next { candidates.append((next, .agreedNext)) }
            if let plan = plans[r.id], let days = plan["frequency"]?.int {
                let from = last?.date ?? plan.string("started").flatMap { CalendarDate($0) }
                if let from { candidates.append((from.adding(days: days), .frequency)) }
            }
            guard let (due, reason) = candidates.min(by: { $0.0 < $1.0 }), due <= today else { continue }
            out.append(DueVisit(resident: r.id, due: due, daysOverdue: today.dayNumber - due.dayNumber, lastVisit: last?.date, reason: reason))
        }
        return out.sorted { ($0.daysOverdue, $1.resident) > ($1.daysOverdue, $0.resident) }
    }
}

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
        latestVisits(replica.visitIndex)
    }

    /// The same from the visit index, comparing day numbers: one pass over every visit's residents.
    public static func latestVisits(_ index: VisitIndex) -> [String: (date: CalendarDate, next: CalendarDate?)] {
        var latest = [(date: Int32, next: Int32)](repeating: (.min, .min), count: index.residents.ids.count)
        for entry in index.entries where entry.dayNumber != .min {
            for r in index.residentNumbers(of: entry) {
                let known = latest[Int(r)]
                // Two visits the same day: the later appointment is the one that stands.
                if entry.dayNumber > known.date || (entry.dayNumber == known.date && entry.nextDayNumber > known.next) {
                    latest[Int(r)] = (entry.dayNumber, entry.nextDayNumber)
                }
            }
        }
        var out: [String: (date: CalendarDate, next: CalendarDate?)] = [:]
        out.reserveCapacity(latest.count)
        for (r, visit) in latest.enumerated() where visit.date != .min {
            out[index.residents.ids[r]] = (CalendarDate(dayNumber: Int(visit.date)),
                                           visit.next == .min ? nil : CalendarDate(dayNumber: Int(visit.next)))
        }
        return out
    }

    /// `latest` is `latestVisits(in:)`, passed in by a caller that needs it for more than this.
    public static func list(in replica: Replica, today: CalendarDate,
                            latest known: [String: (date: CalendarDate, next: CalendarDate?)]? = nil) -> [DueVisit] {
        let latest = known ?? latestVisits(in: replica)
        var plans: [String: FollowUpPlan] = [:]
        for record in replica.records(EntityType.followUp.rawValue) where !record.isDeleted {
            let p = FollowUpPlan(record)
            if p.ended == nil, let r = p.resident { plans[r] = p }
        }
        var out: [DueVisit] = []
        for r in replica.records("resident") where !r.isDeleted {
            guard Resident.livesThere(r, on: today) else { continue }
            let last = latest[r.id]
            var candidates: [(CalendarDate, DueVisit.Reason)] = []
            if let next = last?.next { candidates.append((next, .agreedNext)) }
            if let plan = plans[r.id], let days = plan.frequency {
                let from = last?.date ?? plan.started
                if let from { candidates.append((from.adding(days: days), .frequency)) }
            }
            guard let (due, reason) = candidates.min(by: { $0.0 < $1.0 }), due <= today else { continue }
            out.append(DueVisit(resident: r.id, due: due, daysOverdue: today.dayNumber - due.dayNumber, lastVisit: last?.date, reason: reason))
        }
        return out.sorted { ($0.daysOverdue, $1.resident) > ($1.daysOverdue, $0.resident) }
    }
}

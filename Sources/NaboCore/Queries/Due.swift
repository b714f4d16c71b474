/// Who is due a visit: the next visit agreed at the last one has come, or the agreed frequency of
/// follow-up has passed since the last visit. Most overdue first. An attempt where nobody was home
/// is not a visit: the resident stays due until reached, and the attempts since are counted.
public struct DueVisit: Equatable, Sendable {
    public var resident: String
    public var due: CalendarDate
    public var daysOverdue: Int
    public var lastVisit: CalendarDate?
    public enum Reason: String, Sendable { case agreedNext = "agreed-next", frequency }
    public var reason: Reason
    /// Attempts since the last visit (or ever, if never reached), and the latest of them.
    public var attempts: Int = 0
    public var lastAttempt: CalendarDate?
}

/// A resident's last contact: the last visit that reached them and the next visit agreed at it,
/// and the attempts since where nobody was home, with the retry the last of them planned.
public struct LastContact: Equatable, Sendable {
    public var visit: CalendarDate?
    public var next: CalendarDate?
    public var attempts = 0
    public var lastAttempt: CalendarDate?
    /// The day the last attempt said to try again.
    public var retry: CalendarDate?

    /// The day the next visit is planned: the retry after an attempt, else the one agreed.
    public var planned: CalendarDate? { retry ?? next }
}

public enum Due {
    public static func latestVisits(in replica: Replica) -> [String: LastContact] {
        latestVisits(replica.visitIndex)
    }

    /// Two passes over every visit's residents, comparing day numbers: the last visit that reached
    /// each resident, then the attempts after it.
    public static func latestVisits(_ index: VisitIndex) -> [String: LastContact] {
        let count = index.residents.ids.count
        var latest = [(date: Int32, next: Int32, key: Int)](repeating: (.min, .min, .min), count: count)
        for entry in index.entries where entry.dayNumber != .min && !entry.isAttempt {
            for r in index.residentNumbers(of: entry) {
                let known = latest[Int(r)]
                // Two visits the same day: the later appointment is the one that stands.
                if entry.dayNumber > known.date || (entry.dayNumber == known.date && entry.nextDayNumber > known.next) {
                    latest[Int(r)] = (entry.dayNumber, entry.nextDayNumber, max(known.key, entry.sortKey))
                } else if entry.sortKey > known.key {
                    latest[Int(r)].key = entry.sortKey
                }
            }
        }
        var attempts = [(count: Int32, last: Int32, retry: Int32)](repeating: (0, .min, .min), count: count)
        for entry in index.entries where entry.dayNumber != .min && entry.isAttempt {
            // An attempt logged in the same minute as the visit came after it: it was logged later.
            for r in index.residentNumbers(of: entry) where entry.sortKey >= latest[Int(r)].key {
                var known = attempts[Int(r)]
                known.count += 1
                if entry.dayNumber >= known.last { (known.last, known.retry) = (entry.dayNumber, entry.nextDayNumber) }
                attempts[Int(r)] = known
            }
        }
        let day = { (n: Int32) in n == .min ? nil : CalendarDate(dayNumber: Int(n)) }
        var out: [String: LastContact] = [:]
        out.reserveCapacity(count)
        for r in 0..<count where latest[r].date != .min || attempts[r].count > 0 {
            out[index.residents.ids[r]] = LastContact(visit: day(latest[r].date), next: day(latest[r].next), attempts: Int(attempts[r].count),
                                                      lastAttempt: day(attempts[r].last), retry: day(attempts[r].retry))
        }
        return out
    }

    /// `latest` is `latestVisits(in:)`, passed in by a caller that needs it for more than this.
    public static func list(in replica: Replica, today: CalendarDate, latest known: [String: LastContact]? = nil) -> [DueVisit] {
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
                let from = last?.visit ?? plan.started
                if let from { candidates.append((from.adding(days: days), .frequency)) }
            }
            guard let (due, reason) = candidates.min(by: { $0.0 < $1.0 }), due <= today else { continue }
            out.append(DueVisit(resident: r.id, due: due, daysOverdue: today.dayNumber - due.dayNumber, lastVisit: last?.visit, reason: reason,
                                attempts: last?.attempts ?? 0, lastAttempt: last?.lastAttempt))
        }
        return out.sorted { ($0.daysOverdue, $1.resident) > ($1.daysOverdue, $0.resident) }
    }
}

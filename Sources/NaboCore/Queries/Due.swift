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
    public static func latestVisits(in replica: Replica) -> LastContacts {
        latestVisits(replica.visitIndex)
    }

    /// One pass over every visit's residents, comparing day numbers, for the last visit that
    /// reached each resident; then one over the attempts it set aside, for those after it.
    public static func latestVisits(_ index: VisitIndex) -> LastContacts {
        let count = index.residents.ids.count
        var latest = [LastContacts.Reached](repeating: .init(), count: count)
        var tried: [Int32] = []
        // The arrays read by position, not through a slice per visit: at five million visits the
        // slices' reference counting was most of the pass.
        let entries = index.entries, links = index.links
        for position in entries.indices where entries[position].dayNumber != .min {
            let entry = entries[position]
            guard !entry.isAttempt else {
                tried.append(Int32(position))
                continue
            }
            for link in Int(entry.firstResident)..<Int(entry.firstResident + entry.residentCount) {
                let r = links[link]
                let known = latest[Int(r)]
                // Two visits the same day: the later appointment is the one that stands.
                if entry.dayNumber > known.day || (entry.dayNumber == known.day && entry.nextDayNumber > known.next) {
                    latest[Int(r)] = .init(day: entry.dayNumber, next: entry.nextDayNumber, key: max(known.key, entry.sortKey))
                } else if entry.sortKey > known.key {
                    latest[Int(r)].key = entry.sortKey
                }
            }
        }
        var attempts = [LastContacts.Attempts](repeating: .init(), count: count)
        for position in tried {
            let entry = entries[Int(position)]
            // An attempt logged in the same minute as the visit came after it: it was logged later.
            for link in Int(entry.firstResident)..<Int(entry.firstResident + entry.residentCount) where entry.sortKey >= latest[Int(links[link])].key {
                let r = links[link]
                var known = attempts[Int(r)]
                known.count += 1
                if entry.dayNumber >= known.last { (known.last, known.retry) = (entry.dayNumber, entry.nextDayNumber) }
                attempts[Int(r)] = known
            }
        }
        return LastContacts(names: index.residents, visits: latest, attempts: attempts)
    }

    /// `latest` is `latestVisits(in:)`, passed in by a caller that needs it for more than this.
    public static func list(in replica: Replica, today: CalendarDate, latest known: LastContacts? = nil) -> [DueVisit] {
        let latest = known ?? latestVisits(in: replica)
        // Only the fields the rule reads are decoded, a resident's read where it lies: the list is asked at every start.
        var plans: [String: FollowUpPlan] = [:]
        replica.forEachRecord(EntityType.followUp.rawValue, fields: ["resident", "frequency", "started", "ended"]) { _, record in
            let p = FollowUpPlan(record)
            if !record.isDeleted, p.ended == nil, let r = p.resident { plans[r] = p }
        }
        var out: [DueVisit] = []
        // The id is made only for a resident who is due (or has a plan to look up).
        let consider = { (id: () -> String, last: LastContact?, deleted: Bool, movedOut: CalendarDate?) in
            guard !deleted, Resident.livesThere(movedOut: movedOut, on: today) else { return }
            // The earlier of the agreed visit and the frequency's, the agreed one on a tie.
            var earliest = last?.next.map { ($0, DueVisit.Reason.agreedNext) }
            if !plans.isEmpty, let plan = plans[id()], let days = plan.frequency, let from = last?.visit ?? plan.started {
                let byFrequency = from.adding(days: days)
                if earliest.map({ byFrequency < $0.0 }) ?? true { earliest = (byFrequency, .frequency) }
            }
            guard let (due, reason) = earliest, due <= today else { return }
            out.append(DueVisit(resident: id(), due: due, daysOverdue: today.dayNumber - due.dayNumber, lastVisit: last?.visit, reason: reason,
                                attempts: last?.attempts ?? 0, lastAttempt: last?.lastAttempt))
        }
        let movedOut = Array("movedOut".utf8)
        // The snapshot's residents come in id order, and the index numbers them in that order.
        var contacts = LastContacts.Cursor()
        // The residents changed since the snapshot come after it, out of order.
        var walked: Int?
        replica.forEachRecord(EntityType.resident.rawValue, raw: { _, r in
            consider({ String(decoding: r.id, as: UTF8.self) }, contacts.contact(utf8: r.id, in: latest), r.isDeleted, r.date(movedOut))
        }, decoded: { _, r in
            walked = walked ?? out.count
            consider({ r.id }, latest[r.id], r.isDeleted, r.date("movedOut"))
        })
        return mostOverdueFirst(out, inIDOrder: walked ?? out.count)
    }

    /// Most overdue first, then by id. The first `sorted` came in id order (the snapshot's
    /// residents); the few changed since are sorted and merged in, and the list is then laid out
    /// by days overdue keeping that order, a counting sort: a plain sort compared ids some
    /// 400,000 times for 25,000 residents due, 6 ms of the list's time.
    static func mostOverdueFirst(_ list: [DueVisit], inIDOrder sorted: Int) -> [DueVisit] {
        var least = Int.max, most = Int.min
        for d in list { (least, most) = (min(least, d.daysOverdue), max(most, d.daysOverdue)) }
        // Bytes order ids as strings do for text in normal form; anything else is sorted plainly.
        guard !list.isEmpty, most - least < 1 << 20, (1..<max(1, sorted)).allSatisfy({ list[$0 - 1].resident < list[$0].resident }) else {
            return list.sorted { ($0.daysOverdue, $1.resident) > ($1.daysOverdue, $0.resident) }
        }
        // Positions in `list`, first in id order, then laid out by days overdue.
        var byID: [Int] = []
        byID.reserveCapacity(list.count)
        let tail = (sorted..<list.count).sorted { list[$0].resident < list[$1].resident }
        var t = 0
        for p in 0..<sorted {
            while t < tail.count, list[tail[t]].resident < list[p].resident {
                byID.append(tail[t])
                t += 1
            }
            byID.append(p)
        }
        byID += tail[t...]
        var starts = [Int](repeating: 0, count: most - least + 2)
        for p in byID { starts[most - list[p].daysOverdue + 1] += 1 }
        for i in 1..<starts.count { starts[i] += starts[i - 1] }
        var order = [Int](repeating: 0, count: list.count)
        for p in byID {
            order[starts[most - list[p].daysOverdue]] = p
            starts[most - list[p].daysOverdue] += 1
        }
        return order.map { list[$0] }
    }

}

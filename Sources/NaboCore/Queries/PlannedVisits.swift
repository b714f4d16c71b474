/// The week's planned visits: for each day Monday to Sunday, the residents whose next visit, as
/// agreed at their latest visit or planned as a retry after nobody was home, falls that day.
/// Residents who have moved out by then are left out.
public struct PlannedWeek: Equatable, Sendable {
    public struct Day: Equatable, Sendable {
        public var date: CalendarDate
        /// Resident ids, by name and then id.
        public var residents: [String]
    }

    public var monday: CalendarDate
    /// Seven days, Monday first.
    public var days: [Day]
}

public enum PlannedVisits {
    /// One pass over the visits (as `Due` makes) and one over the residents.
    public static func week(containing day: CalendarDate, _ replica: Replica,
                            latest known: LastContacts? = nil) -> PlannedWeek {
        let monday = day.adding(days: -day.weekday)
        let sunday = monday.adding(days: 6)
        var byDay: [Int: [Record]] = [:]
        for (resident, latest) in (known ?? Due.latestVisits(in: replica)).all {
            guard let next = latest.planned, next >= monday, next <= sunday, let r = replica.live("resident", resident) else { continue }
            guard Resident.livesThere(r, on: next) else { continue }
            byDay[next.dayNumber, default: []].append(r)
        }
        let days = (0..<7).map { i in
            let date = monday.adding(days: i)
            let people = (byDay[date.dayNumber] ?? []).map(Resident.init).sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            return PlannedWeek.Day(date: date, residents: people.map(\.id))
        }
        return PlannedWeek(monday: monday, days: days)
    }
}

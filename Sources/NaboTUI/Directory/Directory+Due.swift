import NaboCore

extension Directory {
    /// The due list and this week's planned visits, from the core's queries, so the screens and
    /// `nabo list due` agree; and each resident's
    /// next visit, as agreed at the last visit by the core's rule (`Due.latestVisits`).
    mutating func takeDue(_ lists: DirectoryLists) {
        due = lists.due.compactMap { visit in
            residentByID[visit.resident].map {
                DueEntry(resident: $0, due: visit.due, daysOverdue: visit.daysOverdue, lastVisit: visit.lastVisit, isByFrequency: visit.reason == .frequency,
                         attempts: visit.attempts)
            }
        }
        for row in residents.indices {
            guard let contact = lists.contacts[residents[row].id] else { continue }
            (residents[row].attempts, residents[row].lastAttempt, residents[row].lastVisit) = (contact.attempts, contact.lastAttempt, contact.visit)
            // Without a next visit agreed, the retry an attempt planned is the next one; it makes
            // no one due, since nobody agreed to it.
            residents[row].nextVisit = contact.next ?? contact.retry
            if residents[row].livesThere, let unit = residents[row].unit, let next = contact.next, next <= today {
                residents[row].isDue = true
                dueResidents.append(row)
                if let address = units[unit].address { addresses[address].dueResidents += 1 }
            }
        }
        // Sorted as numbers: every one of them has a next visit, and they were found in row order.
        var byDay = dueResidents.map { (day: residents[$0].nextVisit?.dayNumber ?? today.dayNumber, row: $0) }
        byDay.sort { $0.day != $1.day ? $0.day < $1.day : $0.row < $1.row }
        dueResidents = byDay.map(\.row)
        planOfResident = lists.planOfResident
        planned = lists.week.days.flatMap { day in day.residents.compactMap { id in residentByID[id].map { PlannedEntry(day: day.date, resident: $0) } } }
    }

    /// The resident's follow-up plan, the latest started, ended or not.
    public func followUpPlan(of resident: String) -> Record? {
        planOfResident[resident].flatMap { replica.live(EntityType.followUp.rawValue, $0) }
    }

    /// Rows of a table of residents (the due list, the week) whose resident matches the query.
    func filterResidents(_ candidates: [Int], query: String, resident: (Int) -> Int) -> [Int] {
        let matching = Set(search.value.residents.filter(candidates.map(resident), query: query))
        return candidates.filter { matching.contains(resident($0)) }
    }
}

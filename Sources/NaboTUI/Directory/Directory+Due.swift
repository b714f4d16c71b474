import NaboCore

extension Directory {
    /// The due list, the open inputs and this week's planned visits, from the core's queries, so
    /// the screens and `nabo list due` and `nabo list inputs --open` agree.
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
            if residents[row].nextVisit == nil { residents[row].nextVisit = contact.retry }
        }
        openInputs = lists.openInputs
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

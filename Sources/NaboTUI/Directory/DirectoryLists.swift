import NaboCore

/// The lists the directory takes from the core's queries over the records alone: the visit index,
/// the latest visits, who is due, the week's planned visits, follow-up plans and the survey's tables.
/// They need none of the directory's own tables, so they are worked out on another thread while
/// those are built.
struct DirectoryLists: Sendable {
    var due: [DueVisit]
    var week: PlannedWeek
    /// Each resident's last visit and the attempts since, by id.
    var contacts: LastContacts
    /// The follow-up plan (id) of each resident (id) that has one, the latest started.
    var planOfResident: [String: String] = [:]
    var survey: SurveyTables

    /// The visit index, read here, and the newest visits, as many as the tallest recent-activity list shows.
    var visits: VisitIndex
    var recent: [Int]

    init(_ replica: Replica, today: CalendarDate) {
        visits = replica.visitIndex
        recent = visits.newest(Directory.recentVisitCount)
        // One pass over the visits serves both the due list and the week.
        let latest = Due.latestVisits(visits)
        contacts = latest
        due = Due.list(in: replica, today: today, latest: latest)
        week = PlannedVisits.week(containing: today, replica, latest: latest)
        var started: [String: Int] = [:]
        for record in replica.records(EntityType.followUp.rawValue) where !record.isDeleted {
            let plan = FollowUpPlan(record)
            guard let resident = plan.resident else { continue }
            // A plan without a start date is older than any with one.
            let start = plan.started?.dayNumber ?? Int.min
            if started[resident].map({ start >= $0 }) ?? true {
                started[resident] = start
                planOfResident[resident] = plan.id
            }
        }
        survey = SurveyTables(replica, today: today)
    }
}

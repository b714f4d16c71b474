/// The demo is Sandefjord's project as its report tells it, moved in time so that the final report
/// (31.10.2024) falls on today: three addresses with 23 one-room units (13 let, 1 occupied without
/// contract, 4 awaiting repair, 5 vacant), 14 invented residents, the inspections of November, the
/// first survey round answered by all but one and a second round, the eight-measure plan
/// moving through its statuses, three dugnads, seven work group meetings and the next one, the
/// progress plan, notices, a year of visits and a year of counted events before the project and
/// during it. Every person and phone number is invented. Content is Norwegian whatever the
/// interface language.
public enum DemoData {
    /// The demo's operations on top of `replica`, each dated on the day its step happened; `context`
    /// gives the device, the first sequence number and now, which no step is later than.
    public static func ops(on replica: Replica, context: Context) throws(Message) -> [Op] {
        var story = DemoStory(today: context.today)
        let stock = DemoStock.tell(&story)
        DemoEvents.tell(&story, stock)
        DemoMeetings.tell(&story)
        DemoSurvey.tell(&story, stock)
        DemoPlan.tell(&story, stock)
        DemoDugnads.tell(&story, stock)
        DemoProgressPlan.tell(&story)
        DemoGoals.tell(&story, stock)
        DemoVisits.tell(&story, stock)
        return try story.ops(on: replica, context: context)
    }
}

/// The demo told as it happened: each record added or changed on its own day, so that histories,
/// the days a measure's status moved and the indicators' periods read true. Steps name the records
/// they make with a key; a value "@key" (or a list "@a,@b") stands for that record's id, known only
/// once the step that makes it has been planned.
struct DemoStory {
    struct Step {
        enum Action { case add(EntityType), set(EntityType, key: String) }
        let day: CalendarDate
        let minutes: Int
        let key: String?
        let action: Action
        let values: [String: String]
    }

    /// The report's final day, 31.10.2024, which the demo moves to today.
    static let finalReport = CalendarDate(year: 2024, month: 10, day: 31)!
    let today: CalendarDate
    private(set) var steps: [Step] = []

    init(today: CalendarDate) { self.today = today }

    /// A day of the report's sequence moved so that its final report falls on today.
    func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: dayOfMonth)!.adding(days: today.dayNumber - Self.finalReport.dayNumber)
    }

    /// The moved day, or the nearest weekday to it: meetings are not held at weekends.
    func workday(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> CalendarDate {
        let d = day(year, month, dayOfMonth)
        return d.weekday == 5 ? d.adding(days: -1) : d.weekday == 6 ? d.adding(days: 1) : d
    }

    /// "Januar 2026": a survey round named after the month it began in, as offices name them.
    func roundName(_ d: CalendarDate) -> String {
        let month = DateWords.months[.nb]![d.month - 1]
        return month.prefix(1).uppercased() + month.dropFirst() + " \(d.year)"
    }

    mutating func add(_ key: String?, _ type: EntityType, on day: CalendarDate, at minutes: Int = 12 * 60, _ values: [String: String]) {
        steps.append(Step(day: day, minutes: minutes, key: key, action: .add(type), values: values))
    }

    mutating func set(_ key: String, _ type: EntityType, on day: CalendarDate, at minutes: Int = 12 * 60, _ values: [String: String]) {
        steps.append(Step(day: day, minutes: minutes, key: nil, action: .set(type, key: key), values: values))
    }

    /// Plans every step in the order of its day and time (steps of one moment in the order written),
    /// each with the clock of its moment, never later than now.
    func ops(on replica: Replica, context: Context) throws(Message) -> [Op] {
        var scratch = replica
        var ctx = context
        var ids: [String: String] = [:]
        var all: [Op] = []
        let ordered = steps.enumerated().sorted { ($0.element.day, $0.element.minutes, $0.offset) < ($1.element.day, $1.element.minutes, $1.offset) }
        for step in ordered.map(\.element) {
            let localMinutes = step.day.dayNumber * 1440 + step.minutes
            let utcMinutes = localMinutes - context.utcOffset(step.day, step.minutes)
            ctx.now = min(context.now, Int64(utcMinutes) * 60_000)
            let edit = Edit(values: step.values.mapValues { Self.resolve($0, ids) })
            let change: Change = switch step.action {
            case .add(let type): .add(type, edit)
            case .set(let type, let key): .set(type, id: ids[key]!, edit)
            }
            let ops = try Planner.plan(change, in: scratch, context: ctx)
            for op in ops {
                scratch.apply(op)
                ctx.nextSeq += 1
            }
            if let key = step.key, let made = ops.first { ids[key] = made.entity }
            all += ops
        }
        return all
    }

    static func resolve(_ value: String, _ ids: [String: String]) -> String {
        guard value.hasPrefix("@") else { return value }
        return value.split(separator: ",").map { ids[String($0.dropFirst())]! }.joined(separator: ",")
    }
}


/// The figures of participation over all addresses in scope, per period: the visits as the
/// indicators counted them, and one pass over the inputs, responses, meetings and dugnads. Medians
/// are taken here rather than from the addresses', which cannot give them.
struct ParticipationTally {
    var visits: [Int]
    var attempts: [Int]
    var followedUp: [Int]
    var inputsReceived: [Int]
    var inputsAnswered: [Int]
    /// Of the inputs answered in the period, by outcome.
    var outcomes: [[InputOutcome: Int]]
    var declinedWithReason: [Int]
    var medianDays: [Double?]
    var responses: [Int]
    var meetingsHeld: [Int]
    var minutesSent: [Int]
    var dugnadsHeld: [Int]
    /// The project period's months: visits held and residents followed up in each.
    var months: [(period: IndicatorPeriod, visits: Int, residents: Int)]

    /// The visits come counted from `indicators`, whose periods are `periods` and then `months`.
    init(_ replica: Replica, periods: [IndicatorPeriod], months monthPeriods: [IndicatorPeriod], indicators: Indicators, inScope: Set<String>,
         today: CalendarDate) {
        let zero = Array(repeating: 0, count: periods.count)
        (inputsReceived, inputsAnswered, declinedWithReason, responses, meetingsHeld, minutesSent, dugnadsHeld) = (zero, zero, zero, zero, zero, zero, zero)
        outcomes = Array(repeating: [:], count: periods.count)
        let index = { (day: CalendarDate?) in periods.firstIndex { $0.contains(day) } }
        let live = { (type: EntityType) in replica.records(type.rawValue).filter { !$0.isDeleted } }
        var sums: [String: [Int]] = [:]
        for row in indicators.rows where row.key == Indicator.visits.rawValue || row.key == Indicator.attempts.rawValue {
            let v = row.values.map { Int(($0 ?? 0).rounded()) }
            sums[row.key] = zip(sums[row.key] ?? Array(repeating: 0, count: v.count), v).map(+)
        }
        let visitsAll = sums[Indicator.visits.rawValue] ?? Array(repeating: 0, count: indicators.periods.count)
        visits = Array(visitsAll.prefix(periods.count))
        attempts = Array((sums[Indicator.attempts.rawValue] ?? visitsAll.map { _ in 0 }).prefix(periods.count))
        followedUp = Array(indicators.residentsFollowedUp.prefix(periods.count))
        months = monthPeriods.indices.map { (monthPeriods[$0], visitsAll[periods.count + $0], indicators.residentsFollowedUp[periods.count + $0]) }

        let book = AddressBook(replica)
        var days = Array(repeating: [Double](), count: periods.count)
        for r in live(.input) {
            let i = Input(r)
            guard let address = i.resident.flatMap(book.address(ofResident:)), inScope.contains(address) else { continue }
            if let p = index(i.date) { inputsReceived[p] += 1 }
            guard let p = index(i.answeredOn), let outcome = i.outcome, outcome != .open else { continue }
            inputsAnswered[p] += 1
            outcomes[p][outcome, default: 0] += 1
            if outcome == .declined, !(i.reason ?? "").isEmpty { declinedWithReason[p] += 1 }
            if let from = i.date, let to = i.answeredOn { days[p].append(Double(to.dayNumber - from.dayNumber)) }
        }
        medianDays = days.map { Median.of($0) }

        for r in live(.response) {
            let response = SurveyResponse(r, in: replica)
            guard response.status == .complete, let address = response.address, inScope.contains(address), let p = index(response.date) else { continue }
            responses[p] += 1
        }
        let agendas = Meeting.Agendas(replica)
        for m in live(.meeting).map({ Meeting($0, in: replica, from: agendas) }) {
            guard let day = m.start?.date, day <= today, let p = index(day) else { continue }
            meetingsHeld[p] += 1
            if m.minutesSent != nil { minutesSent[p] += 1 }
        }
        for r in live(.dugnad) {
            let d = Dugnad(r, in: replica)
            guard let day = d.start?.date, day <= today, d.addresses.contains(where: { inScope.contains($0.id) }), let p = index(day) else { continue }
            dugnadsHeld[p] += 1
        }
    }
}

/// The figures of participation over all addresses in scope, per period: one pass over the
/// visits, inputs, responses, meetings and dugnads. Distinct residents and medians are counted
/// here rather than summed from the addresses', which cannot give them.
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

    init(_ replica: Replica, periods: [IndicatorPeriod], months monthPeriods: [IndicatorPeriod], inScope: Set<String>, today: CalendarDate) {
        let zero = Array(repeating: 0, count: periods.count)
        (visits, attempts, followedUp, inputsReceived, inputsAnswered) = (zero, zero, zero, zero, zero)
        (declinedWithReason, responses, meetingsHeld, minutesSent, dugnadsHeld) = (zero, zero, zero, zero, zero)
        outcomes = Array(repeating: [:], count: periods.count)
        let index = { (day: CalendarDate?) in periods.firstIndex { $0.contains(day) } }
        let live = { (type: EntityType) in replica.records(type.rawValue).filter { !$0.isDeleted } }

        var residents = Array(repeating: Set<String>(), count: periods.count)
        var monthVisits = Array(repeating: 0, count: monthPeriods.count)
        var monthResidents = Array(repeating: Set<String>(), count: monthPeriods.count)
        for r in live(.visit) {
            let v = Visit(r)
            guard let address = v.address ?? v.unit.flatMap({ replica.liveUnit($0)?.address }), inScope.contains(address) else { continue }
            let attempt = v.kind == .notAtHome
            if let p = index(v.day) {
                if attempt { attempts[p] += 1 } else { visits[p] += 1; residents[p].formUnion(v.residents) }
            }
            if !attempt, let m = monthPeriods.firstIndex(where: { $0.contains(v.day) }) {
                monthVisits[m] += 1
                monthResidents[m].formUnion(v.residents)
            }
        }
        followedUp = residents.map(\.count)
        months = monthPeriods.indices.map { (monthPeriods[$0], monthVisits[$0], monthResidents[$0].count) }

        var days = Array(repeating: [Double](), count: periods.count)
        for r in live(.input) {
            let i = Input(r)
            guard let address = i.resident.flatMap({ replica.address(ofResident: $0) }), inScope.contains(address) else { continue }
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
        for m in live(.meeting).map({ Meeting($0, in: replica) }) {
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

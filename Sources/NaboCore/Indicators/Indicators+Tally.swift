/// The counting behind `Indicators`: one pass over each record type, each record added to every
/// period it falls in (a month inside the project year counts in both) at the address it belongs to.
/// Visits are read from the visit index, not decoded: a city has millions of them.
extension Indicators {
    struct Tally {
        let periods: [IndicatorPeriod]
        let addresses: Set<String>
        var counts: [String: [String: [Double]]] = [:]
        var samples: [String: [String: [[Int]]]] = [:]
        var means: [String: [String: [(sum: Double, n: Int)]]] = [:]
        var followedUp: [String: [Set<String>]] = [:]
        /// Residents visited at any address counted, once each.
        var followedUpAnywhere: [Set<String>]

        init(periods: [IndicatorPeriod], addresses: Set<String>) {
            self.periods = periods
            self.addresses = addresses
            followedUpAnywhere = Array(repeating: [], count: periods.count)
        }

        func periods(_ day: CalendarDate?) -> [Int] {
            guard let day else { return [] }
            return periods.indices.filter { periods[$0].from <= day && day <= periods[$0].to }
        }

        mutating func add(_ address: String?, _ key: String, _ day: CalendarDate?, _ amount: Double = 1) {
            guard let address, addresses.contains(address) else { return }
            for p in periods(day) { counts[address, default: [:]][key, default: Array(repeating: 0, count: periods.count)][p] += amount }
        }

        mutating func count(_ replica: Replica, today: CalendarDate) {
            let live = { (type: EntityType) in replica.records(type.rawValue).filter { !$0.isDeleted } }
            let book = AddressBook(replica)
            for r in live(.event) {
                let e = CountedEvent(r)
                add(e.address, e.kindValue, e.date)
            }
            countVisits(replica, book)
            for r in live(.input) {
                let i = Input(r)
                let address = i.resident.flatMap { book.address(ofResident: $0) }
                add(address, Indicator.inputsReceived.rawValue, i.date)
                if i.outcome == .actedOn { add(address, Indicator.inputsActedOn.rawValue, i.answeredOn) }
                add(address, Indicator.inputsToldBack.rawValue, i.answeredOn)
                if let address, addresses.contains(address), let from = i.date, let to = i.answeredOn {
                    var s = samples[address]?[Indicator.daysToTellBack.rawValue] ?? Array(repeating: [], count: periods.count)
                    for p in periods(to) { s[p].append(to.dayNumber - from.dayNumber) }
                    samples[address, default: [:]][Indicator.daysToTellBack.rawValue] = s
                }
            }
            for r in live(.measure) {
                let m = Measure(r)
                if m.isDone { add(m.address, Indicator.measuresDone.rawValue, m.statusChanged) }
                for (p, period) in periods.enumerated() where period.to <= today {
                    // Late at the period's end: due before it, and not done by then.
                    guard let due = m.due, due < period.to, !(m.isDone && (m.statusChanged.map { $0 <= period.to } ?? false)),
                          let address = m.address, addresses.contains(address) else { continue }
                    counts[address, default: [:]][Indicator.measuresLate.rawValue, default: Array(repeating: 0, count: periods.count)][p] += 1
                }
                if m.waitsOnByggdrift { add(m.address, Indicator.waitingOnByggdrift.rawValue, today) }
            }
            for r in live(.dugnad) {
                let day = r.date("start")
                for resident in r.members("invited") {
                    let address = book.address(ofResident: resident)
                    add(address, Indicator.dugnadInvited.rawValue, day)
                    if r.members("attended").contains(resident) { add(address, Indicator.dugnadAttended.rawValue, day) }
                }
            }
            for r in live(.response) {
                let response = SurveyResponse(r, in: replica)
                guard response.status == .complete, let address = response.address, addresses.contains(address) else { continue }
                let inPeriods = periods(response.date)
                guard !inPeriods.isEmpty else { continue }
                add(address, Indicator.surveyResponses.rawValue, response.date)
                guard let form = replica.live(EntityType.form.rawValue, response.form).map(SurveyForm.init),
                      let index = RespondentIndex.compute(response.answers, form: form).index else { continue }
                var m = means[address]?[Indicator.surveyIndex.rawValue] ?? Array(repeating: (0, 0), count: periods.count)
                for p in inPeriods {
                    m[p].sum += index
                    m[p].n += 1
                }
                means[address, default: [:]][Indicator.surveyIndex.rawValue] = m
            }
        }

        /// Each visit's day, unit and residents from the index; a visit to an address without a unit
        /// (a stairwell inspection) is the one whose record is read, for its address.
        mutating func countVisits(_ replica: Replica, _ book: AddressBook) {
            let index = replica.visitIndex
            var unitAddress: [Int32: String?] = [:]
            for position in 0..<index.count {
                let entry = index.entries[position]
                let address: String?
                if entry.unit >= 0 {
                    if let known = unitAddress[entry.unit] {
                        address = known
                    } else {
                        address = index.unit(of: position).flatMap(book.address(ofUnit:))
                        unitAddress[entry.unit] = address
                    }
                } else {
                    address = replica.record(EntityType.visit.rawValue, index.id(at: position)).flatMap { Visit($0).address }
                }
                guard let address, addresses.contains(address) else { continue }
                let inPeriods = periods(entry.day)
                guard !inPeriods.isEmpty else { continue }
                add(address, entry.isAttempt ? Indicator.attempts.rawValue : Indicator.visits.rawValue, entry.day)
                guard !entry.isAttempt else { continue }
                let residents = index.residents(of: position)
                var sets = followedUp[address] ?? Array(repeating: [], count: periods.count)
                for p in inPeriods {
                    sets[p].formUnion(residents)
                    followedUpAnywhere[p].formUnion(residents)
                }
                followedUp[address] = sets
            }
        }

        func values(_ address: String, _ key: String) -> [Double?] {
            if key == Indicator.residentsFollowedUp.rawValue {
                return (followedUp[address] ?? Array(repeating: [], count: periods.count)).map { Double($0.count) }
            }
            if let s = samples[address]?[key] { return s.map { Median.of($0.map(Double.init)) } }
            if key == Indicator.daysToTellBack.rawValue { return Array(repeating: nil, count: periods.count) }
            if let m = means[address]?[key] { return m.map { $0.n > 0 ? $0.sum / Double($0.n) : nil } }
            if key == Indicator.surveyIndex.rawValue { return Array(repeating: nil, count: periods.count) }
            return (counts[address]?[key] ?? Array(repeating: 0, count: periods.count)).map { $0 }
        }
    }
}

/// Who came to the dugnads, honestly counted: residents who attended out of those invited, per dugnad
/// and per address over time, with the others (staff, volunteers, children) counted apart so they do
/// not flatter the residents' share.
public struct Turnout: Equatable, Sendable {
    public struct Count: Equatable, Sendable {
        public var invited: Int
        /// Invited residents who came.
        public var attended: Int

        /// Attended of invited, 0...1; nil when nobody was invited.
        public var share: Double? { invited > 0 ? Double(attended) / Double(invited) : nil }
    }

    public struct Event: Equatable, Sendable {
        public var dugnad: String
        public var title: String
        public var date: CalendarDate?
        /// Not yet held on `today`: its count says who was invited, not who came.
        public var upcoming: Bool
        public var residents: Count
        /// Residents who came without being on the invitation list.
        public var uninvited: Int
        public var extra: [Dugnad.Extra]
        /// The same count split by the address each invited resident lives at.
        public var byAddress: [String: Count]

        public var extraTotal: Int { extra.reduce(0) { $0 + $1.count } }
    }

    /// One point of an address's series: the dugnad and that address's count.
    public struct Point: Equatable, Sendable {
        public var dugnad: String
        public var date: CalendarDate?
        public var upcoming: Bool
        public var count: Count
    }

    public struct Series: Equatable, Sendable {
        public var address: String
        public var label: String
        public var points: [Point]
    }

    /// By date, oldest first.
    public var events: [Event]
    /// In address order.
    public var addresses: [Series]

    public init(_ replica: Replica, today: CalendarDate) {
        let dugnads = replica.records("dugnad").filter { !$0.isDeleted }.map { Dugnad($0, in: replica) }
            .sorted { ($0.start?.date.dayNumber ?? Int.max, $0.id) < ($1.start?.date.dayNumber ?? Int.max, $1.id) }
        let events = dugnads.map { Self.event($0, replica, today) }
        self.events = events
        var labels: [String: String] = [:]
        for d in dugnads { for p in d.addresses { labels[p.id] = p.label } }
        let ordered = AddressText.ordered(Array(labels.keys), in: replica)
        addresses = ordered.map { a in
            Series(address: a, label: labels[a] ?? a, points: events.compactMap { e in
                e.byAddress[a].map { Point(dugnad: e.dugnad, date: e.date, upcoming: e.upcoming, count: $0) }
            })
        }
    }

    static func event(_ d: Dugnad, _ replica: Replica, _ today: CalendarDate) -> Event {
        let attended = Set(d.attended)
        var byAddress: [String: Count] = [:]
        // Every address of the dugnad has a count, even one whose residents were all left off the list.
        for p in d.addresses { byAddress[p.id] = Count(invited: 0, attended: 0) }
        for id in d.invited {
            guard let address = replica.address(ofResident: id) else { continue }
            byAddress[address, default: Count(invited: 0, attended: 0)].invited += 1
            if attended.contains(id) { byAddress[address]!.attended += 1 }
        }
        let invited = Set(d.invited)
        return Event(dugnad: d.id, title: d.title, date: d.start?.date, upcoming: d.start.map { $0.date > today } ?? true,
                     residents: Count(invited: invited.count, attended: attended.intersection(invited).count),
                     uninvited: attended.subtracting(invited).count, extra: d.extra, byAddress: byAddress)
    }
}

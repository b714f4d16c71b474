/// A work group meeting read for its invitation and minutes: the meeting, who came, and its agenda
/// items with the measures decided in them and the input each answers.
public struct Meeting: Equatable, Sendable {
    public struct Attendee: Equatable, Sendable {
        public var name: String
        public var agency: String?
    }

    /// A measure whose `agendaItem` is the item: the meeting's decision, as the plan now holds it.
    public struct Decision: Equatable, Sendable {
        public var id: String
        public var title: String
        public var address: String
        public var status: String
        public var responsible: String
    }

    /// The resident's input the item answers, by its text alone: the minutes never name the resident.
    public struct AnsweredInput: Equatable, Sendable {
        public var text: String
        public var outcome: String
    }

    public struct Item: Equatable, Sendable {
        public var id: String
        public var title: String
        public var minutes: String?
        public var parked: Bool
        /// The standing item on housing-social challenges.
        public var standing: Bool
        public var decisions: [Decision]
        public var input: AnsweredInput?
    }

    public var id: String
    public var title: String
    public var start: LocalDateTime?
    public var place: String?
    public var attendees: [Attendee]
    public var minutesSent: CalendarDate?
    public var note: String?
    /// In the order they were put on this meeting's agenda.
    public var items: [Item]

    /// A meeting has no end in the store; its invitation lasts this long.
    public static let duration = 120

    /// When the invitation ends: `duration` minutes after the start, nil for a meeting without a time.
    public var end: LocalDateTime? {
        guard let start, let minutes = start.minutes else { return nil }
        let total = minutes + Self.duration
        return LocalDateTime(date: start.date.adding(days: total / 1440), minutes: total % 1440, offset: start.offset)
    }

    public init(_ record: Record, in replica: Replica) {
        self.init(record, in: replica, from: Agendas(replica))
    }

    /// The meeting with its items and decisions taken from `agendas`, read once for all meetings:
    /// looking them up per item read every measure once per item.
    public init(_ record: Record, in replica: Replica, from agendas: Agendas) {
        id = record.id
        title = record.string("title") ?? ""
        start = record.string("date").flatMap(LocalDateTime.stored)
        place = record.string("place")
        attendees = Self.attendees(record.string("attendees") ?? "")
        minutesSent = record.date("minutesSent")
        note = record.string("note")
        items = (agendas.items[record.id] ?? []).map { Self.item($0, replica, decisions: agendas.decisions[$0.id] ?? []) }
    }

    /// Every meeting's live agenda items, oldest on the agenda first, and every item's live decided
    /// measures by title, each table read once.
    public struct Agendas: Sendable {
        var items: [String: [Record]] = [:]
        var decisions: [String: [Record]] = [:]

        public init(_ replica: Replica) {
            for r in replica.records(EntityType.agendaItem.rawValue) where !r.isDeleted {
                if let meeting = r.string("meeting") { items[meeting, default: []].append(r) }
            }
            // An item's `meeting` is written when it is put on the agenda, so the version of that write orders them.
            for (meeting, list) in items {
                items[meeting] = list.sorted { a, b in
                    let (x, y) = (a.register("meeting")?.winner.version.clock, b.register("meeting")?.winner.version.clock)
                    return x == y ? a.id < b.id : (x ?? HLC(raw: 0)) < (y ?? HLC(raw: 0))
                }
            }
            for r in replica.records(EntityType.measure.rawValue) where !r.isDeleted {
                if let item = r.string("agendaItem") { decisions[item, default: []].append(r) }
            }
            for (item, list) in decisions {
                decisions[item] = list.sorted { ($0.string("title") ?? "", $0.id) < ($1.string("title") ?? "", $1.id) }
            }
        }
    }

    /// "NAME, AGENCY; NAME, AGENCY" as written in the meeting's record.
    static func attendees(_ text: String) -> [Attendee] {
        text.split(separator: ";").compactMap { part in
            let pieces = part.split(separator: ",", maxSplits: 1).map { String($0).trimmingWhitespace().description }
            guard let name = pieces.first, !name.isEmpty else { return nil }
            return Attendee(name: name, agency: pieces.count > 1 && !pieces[1].isEmpty ? pieces[1] : nil)
        }
    }

    static func item(_ r: Record, _ replica: Replica, decisions measures: [Record]) -> Item {
        let decisions = measures.map { m in
            let measure = Measure(m)
            return Decision(id: m.id, title: measure.title, address: measure.address.map { AddressText.short($0, in: replica) } ?? "",
                            status: measure.statusValue, responsible: measure.responsibleValue)
        }
        let input = r.string("input").flatMap { replica.live(EntityType.input.rawValue, $0) }.map(Input.init)
        return Item(id: r.id, title: r.string("title") ?? "", minutes: r.string("minutes"), parked: r["parked"]?.bool ?? false,
                    standing: r["standing"]?.bool ?? false, decisions: decisions,
                    input: input.map { AnsweredInput(text: $0.text, outcome: $0.outcomeValue) })
    }
}

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
        id = record.id
        title = record.string("title") ?? ""
        start = record.string("date").flatMap(LocalDateTime.stored)
        place = record.string("place")
        attendees = Self.attendees(record.string("attendees") ?? "")
        minutesSent = record.date("minutesSent")
        note = record.string("note")
        items = Self.agenda(of: record.id, in: replica).map { Self.item($0, replica) }
    }

    /// The meeting's live agenda items, oldest on the agenda first: an item's `meeting` is written
    /// when it is put on the agenda, so the version of that write orders them.
    static func agenda(of meeting: String, in replica: Replica) -> [Record] {
        replica.records(EntityType.agendaItem.rawValue)
            .filter { !$0.isDeleted && $0.string("meeting") == meeting }
            .sorted { a, b in
                let (x, y) = (a.register("meeting")?.winner.version.clock, b.register("meeting")?.winner.version.clock)
                return x == y ? a.id < b.id : (x ?? HLC(raw: 0)) < (y ?? HLC(raw: 0))
            }
    }

    /// The live measures decided in an agenda item, by title.
    static func decisions(of item: String, in replica: Replica) -> [Record] {
        replica.records(EntityType.measure.rawValue)
            .filter { !$0.isDeleted && $0.string("agendaItem") == item }
            .sorted { ($0.string("title") ?? "", $0.id) < ($1.string("title") ?? "", $1.id) }
    }

    /// "NAME, AGENCY; NAME, AGENCY" as written in the meeting's record.
    static func attendees(_ text: String) -> [Attendee] {
        text.split(separator: ";").compactMap { part in
            let pieces = part.split(separator: ",", maxSplits: 1).map { String($0).trimmingWhitespace().description }
            guard let name = pieces.first, !name.isEmpty else { return nil }
            return Attendee(name: name, agency: pieces.count > 1 && !pieces[1].isEmpty ? pieces[1] : nil)
        }
    }

    static func item(_ r: Record, _ replica: Replica) -> Item {
        let decisions = decisions(of: r.id, in: replica).map { m in
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

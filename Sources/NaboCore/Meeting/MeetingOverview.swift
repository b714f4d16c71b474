/// The work group's meetings as the meetings screen reads them: all of them by date, the next one
/// to come, and what is still open from the last one held. Open means parked (waiting in the
/// parking lot), or decided as measures that are not all done yet.
public struct MeetingOverview: Sendable {
    /// Newest first: the meeting being prepared or just held is at the top.
    public var meetings: [Meeting]
    /// The first meeting on or after today.
    public var next: Meeting?
    /// The latest meeting before today.
    public var last: Meeting?

    public init(_ replica: Replica, today: CalendarDate) {
        let agendas = Meeting.Agendas(replica)
        meetings = replica.records(EntityType.meeting.rawValue).filter { !$0.isDeleted }.map { Meeting($0, in: replica, from: agendas) }.sorted { a, b in
            (a.start?.date.dayNumber ?? Int.min, a.start?.minutes ?? 0, a.id) > (b.start?.date.dayNumber ?? Int.min, b.start?.minutes ?? 0, b.id)
        }
        next = meetings.last { !$0.isPast(today: today) && $0.start != nil }
        last = meetings.first { $0.isPast(today: today) }
    }

    public func meeting(_ id: String) -> Meeting? { meetings.first { $0.id == id } }
    public func agenda(_ meeting: String) -> [Meeting.Item] { self.meeting(meeting)?.items ?? [] }

    /// The meeting whose agenda holds the item (id).
    public func meeting(ofItem id: String) -> Meeting? { meetings.first { $0.items.contains { $0.id == id } } }
    public func item(_ id: String) -> Meeting.Item? { meeting(ofItem: id)?.items.first { $0.id == id } }

    /// The last meeting's items still open.
    public var stillOpen: [Meeting.Item] {
        last?.items.filter(\.isOpen) ?? []
    }
}

extension Meeting {
    /// Held before today, so its minutes are due.
    public func isPast(today: CalendarDate) -> Bool {
        guard let day = start?.date else { return false }
        return day < today
    }

    /// A past meeting whose minutes have not gone out.
    public func minutesMissing(today: CalendarDate) -> Bool { isPast(today: today) && minutesSent == nil }
}

extension Meeting.Item {
    /// Parked, or with a decision not done.
    public var isOpen: Bool { parked || decisions.contains { !$0.isDone } }
}

extension Meeting.Decision {
    public var isDone: Bool { status == MeasureStatus.done.rawValue }
}

/// A line of the progress plan read from its record: what, who, when planned and when done.
public struct Activity: Equatable, Sendable {
    public var id: String
    public var title: String
    public var responsible: String?
    public var planned: CalendarDate?
    public var done: CalendarDate?
    public var round: String?

    public init(_ record: Record) {
        id = record.id
        title = record.string("title") ?? ""
        responsible = record.string("responsible")
        planned = record.date("planned")
        done = record.date("done")
        round = record.string("round")
    }

    /// Not done, and planned before today: on the planned day itself it is still on time.
    public func isLate(today: CalendarDate) -> Bool {
        guard done == nil, let planned else { return false }
        return planned < today
    }

    /// The progress plan in planned order, the undated last; ties by title, then id, so the order never wavers.
    public static func plan(_ replica: Replica) -> [Activity] {
        replica.records(EntityType.activity.rawValue).filter { !$0.isDeleted }.map(Activity.init).sorted { a, b in
            (a.planned?.dayNumber ?? Int.max, a.title, a.id) < (b.planned?.dayNumber ?? Int.max, b.title, b.id)
        }
    }
}

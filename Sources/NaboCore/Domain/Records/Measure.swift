/// A measure on the action plan, read once from the record, with the rules the board, the matrix,
/// the home screen and `nabo list measures` share.
public struct Measure: Sendable, Equatable {
    public let id: String
    /// The stored status; a value from a newer version stays as it is (`status` is then nil).
    public var statusValue: String
    public var status: MeasureStatus? { MeasureStatus(rawValue: statusValue) }
    public var categoryValue: String
    public var responsibleValue: String
    public var address: String?
    public var title: String
    /// The action plan's line it belongs to; measures of one line share a row of the matrix.
    public var planItem: String?
    public var costToAgree: Bool
    /// The texts a search of the plan looks in: description, precondition, contact, cost bearer.
    public var details: [String]
    public var due: CalendarDate?
    /// When the status was last set, by the wall clock of the laptop that set it.
    public var statusChanged: CalendarDate?

    public init(_ record: Record) {
        id = record.id
        statusValue = record.string("status") ?? MeasureStatus.fallback.rawValue
        categoryValue = record.string("category") ?? MeasureCategory.fallback.rawValue
        responsibleValue = record.string("responsible") ?? Responsible.fallback.rawValue
        address = record.string("address")
        title = record.string("title") ?? ""
        planItem = record.string("planItem")
        costToAgree = record["costToAgree"]?.bool ?? false
        details = ["description", "precondition", "contact", "costBearer"].compactMap { record.string($0) }
        due = record.date("due")
        statusChanged = record.register("status").map { CalendarDate(dayNumber: Int($0.winner.version.wall / 86_400_000)) }
    }

    public var isDone: Bool { status == .done }

    /// Late: the due date has passed and the measure is not done. Due today is not late yet.
    public func isLate(today: CalendarDate) -> Bool {
        guard let due else { return false }
        return due < today && !isDone
    }

    /// Byggdrift has it and it is moving: to be assessed, ordered or under way. Waiting for a
    /// precondition is not waiting on Byggdrift.
    public var waitsOnByggdrift: Bool {
        responsibleValue == Responsible.byggdrift.rawValue && [.toAssess, .ordered, .inProgress].contains(status)
    }

    /// Done, and marked done on or after `day`.
    public func isDone(since day: CalendarDate) -> Bool {
        guard isDone, let changed = statusChanged else { return false }
        return changed >= day
    }
}

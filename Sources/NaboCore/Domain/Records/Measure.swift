/// A measure on the action plan, read from the record, with the rules the board, the matrix, the
/// home screen and `nabo list measures` share. What every list needs is read at once; the texts
/// only a measure's own screen shows are read when asked, since the home screen makes one of these
/// for every measure in the store.
public struct Measure: Sendable, Equatable {
    public let record: Record
    public var id: String { record.id }
    /// The stored status; a value from a newer version stays as it is (`status` is then nil).
    public var statusValue: String
    public var status: MeasureStatus? { MeasureStatus(rawValue: statusValue) }
    public var categoryValue: String
    public var responsibleValue: String
    public var address: String?
    /// Set when the measure is for one unit rather than the whole address.
    public var unit: String?
    public var title: String
    /// The action plan's line it belongs to; measures of one line share a row of the matrix.
    public var planItem: String?
    public var costToAgree: Bool
    public var due: CalendarDate?

    public var description: String? { record.string("description") }
    public var precondition: String? { record.string("precondition") }
    /// The contact at Byggdrift, and who bears the cost.
    public var contact: String? { record.string("contact") }
    public var costBearer: String? { record.string("costBearer") }
    public var inspection: CalendarDate? { record.date("inspection") }
    /// What it was made from: a visit, or a survey response and its statement.
    public var visit: String? { Self.origins(of: record).visit }
    public var response: String? { Self.origins(of: record).response }
    public var statement: String? { record.string("statement") }
    /// When the status was last set, by the wall clock of the laptop that set it.
    public var statusChanged: CalendarDate? {
        record.register("status").map { CalendarDate(dayNumber: Int($0.winner.version.wall / 86_400_000)) }
    }

    /// The fields `init` reads, and the status's version (`statusChanged`): a pass over every
    /// measure decodes only these (`Replica.forEachRecord`).
    public static let fields = ["status", "category", "responsible", "address", "unit", "title", "planItem", "costToAgree", "due"]

    public init(_ record: Record) {
        self.record = record
        statusValue = record.string("status") ?? MeasureStatus.fallback.rawValue
        categoryValue = Self.categoryValue(of: record)
        responsibleValue = Self.responsibleValue(of: record)
        address = Self.address(of: record)
        unit = Self.unit(of: record)
        title = record.string("title") ?? ""
        planItem = record.string("planItem")
        costToAgree = record["costToAgree"]?.bool ?? false
        due = record.date("due")
    }

    public var isDone: Bool { status == .done }

    /// The texts a search of the plan looks in besides the title and address.
    public var details: [String] { [description, precondition, contact, costBearer].compactMap { $0 } }

    public var category: MeasureCategory? { MeasureCategory(rawValue: categoryValue) }

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

extension Measure {
    // Single fields read straight from a record, for the passes over every measure that need one.
    public static func address(of record: Record) -> String? { record.string("address") }
    public static func unit(of record: Record) -> String? { record.string("unit") }
    public static func categoryValue(of record: Record) -> String { record.string("category") ?? MeasureCategory.fallback.rawValue }
    public static func responsibleValue(of record: Record) -> String { record.string("responsible") ?? Responsible.fallback.rawValue }
    /// The visit and the survey response it was made from, if any.
    public static func origins(of record: Record) -> (visit: String?, response: String?) {
        (record.string("visit"), record.string("response"))
    }
}

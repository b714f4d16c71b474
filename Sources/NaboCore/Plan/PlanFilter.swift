/// Which measures a coordinator looks at. The board, the matrix and `nabo export plan` share it, so a
/// filter reads the same everywhere.
public struct PlanFilter: Equatable, Sendable {
    public var address: String?
    public var category: String?
    public var responsible: String?
    public var status: String?
    /// Only measures past their due date and not done.
    public var lateOnly: Bool
    /// Only measures Byggdrift has and that are moving (`Measure.waitsOnByggdrift`).
    public var waitingOnByggdrift: Bool
    /// Only measures done on or after this day.
    public var doneSince: CalendarDate?

    public init(address: String? = nil, category: String? = nil, responsible: String? = nil, status: String? = nil,
                lateOnly: Bool = false, waitingOnByggdrift: Bool = false, doneSince: CalendarDate? = nil) {
        self.address = address
        self.category = category
        self.responsible = responsible
        self.status = status
        self.lateOnly = lateOnly
        self.waitingOnByggdrift = waitingOnByggdrift
        self.doneSince = doneSince
    }

    /// The filter with typed values checked against the vocabulary and the store, so a misspelt status
    /// gives a clear message rather than an empty plan.
    public func validated(in replica: Replica) throws(Message) -> PlanFilter {
        var f = self
        f.category = try Self.choice(category, "category")
        f.responsible = try Self.choice(responsible, "responsible")
        f.status = try Self.choice(status, "status")
        if let a = address, replica.live("address", a) == nil { throw Messages.unknownReference(.address, a) }
        return f
    }

    static func choice(_ value: String?, _ field: String) throws(Message) -> String? {
        guard let value, let spec = Schema.field(.measure, flag: field) else { return nil }
        return try FieldReader.read(value, as: spec, offsetFor: { _, _ in 0 }).string
    }

    public func matches(_ record: Record, in replica: Replica, today: CalendarDate) -> Bool {
        let measure = Measure(record)
        if let address, measure.address != address { return false }
        if let category, measure.categoryValue != category { return false }
        if let responsible, measure.responsibleValue != responsible { return false }
        if let status, measure.statusValue != status { return false }
        if lateOnly, !measure.isLate(today: today) { return false }
        if waitingOnByggdrift, !measure.waitsOnByggdrift { return false }
        if let doneSince, !measure.isDone(since: doneSince) { return false }
        return true
    }

    /// What a search of the plan looks through: title, description, precondition, contact, cost
    /// bearer and address. The search itself folds accents, which needs Foundation, so it lives
    /// with the other searches in the interface (`PlanSearch`).
    public static func searchedText(_ record: Record, in replica: Replica) -> String {
        let measure = Measure(record)
        return ([measure.title] + measure.details + [measure.address.map { AddressText.short($0, in: replica) } ?? ""]).joined(separator: " ")
    }

    /// The live measures that pass, in plan order: by plan item, then address.
    public func measures(in replica: Replica, today: CalendarDate) -> [Record] {
        PlanOrder.sorted(replica.records("measure").filter { !$0.isDeleted && matches($0, in: replica, today: today) }, replica)
    }

}

/// The project record: the periods its results are measured over. The baseline runs from its
/// start to the day before the project; the project from its start to its end (or today).
public struct Project: Sendable, Equatable {
    public let record: Record

    public init(_ record: Record) { self.record = record }

    public static func of(_ replica: Replica) -> Project? {
        replica.live(EntityType.project.rawValue, EntityType.project.singletonID!).map(Project.init)
    }

    public var name: String? { record.string("name") }
    public var start: CalendarDate? { record.date("start") }
    public var end: CalendarDate? { record.date("end") }
    public var baselineStart: CalendarDate? { record.date("baselineStart") }
}

/// A measure's statuses in the order it took them, each with the day it was set, read from its
/// history by the store (the record keeps only the latest). The report prints it as a path.
public struct MeasurePath: Equatable, Sendable {
    public struct Step: Equatable, Sendable {
        public var day: CalendarDate
        public var status: String

        public init(day: CalendarDate, status: String) {
            self.day = day
            self.status = status
        }
    }

    public var steps: [Step]

    public init(steps: [Step]) { self.steps = steps }

    /// The steps of a history's status writes, oldest first; a status set again to the same value
    /// is one step.
    public init(statusWrites: [(wallMillis: Int64, status: String)]) {
        var steps: [Step] = []
        for w in statusWrites where steps.last?.status != w.status {
            steps.append(Step(day: CalendarDate(dayNumber: Int(w.wallMillis / 86_400_000)), status: w.status))
        }
        self.steps = steps
    }
}

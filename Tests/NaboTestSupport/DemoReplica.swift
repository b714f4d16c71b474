import NaboCore

/// The demo data folded as a device would fold it, on the frozen day of `Fixed`, with no files:
/// the same records every run, for screen snapshots and reducer tests.
public enum DemoReplica {
    public static var today: CalendarDate { Fixed.context().today }

    public static func make() throws -> Replica {
        let context = Fixed.context()
        var replica = Replica()
        for op in try DemoData.ops(on: replica, context: context) {
            replica.apply(op)
        }
        return replica
    }
}

/// What a worker does with the events the project counts.
public enum EventAction: Hashable, Sendable {
    /// `T` on an address, a unit or a resident: record an event there.
    case recordStarted
}

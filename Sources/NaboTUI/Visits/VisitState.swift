/// The interface's state for logging visits: the form when it is open, and a not-at-home
/// attempt waiting for its confirming key.
public struct VisitState: Hashable, Sendable {
    public var form: VisitForm?
    /// The resident (id) a not-at-home visit is about to be logged for, after `n`.
    public var notAtHomeFor: String?
    /// The visit (id) about to be deleted, after `x`.
    public var deleting: String?

    public init() {}
}

/// The interface's state for logging visits: the form when it is open, and a not-at-home
/// attempt waiting for its confirming key.
public struct VisitState: Hashable, Sendable {
    public var form: VisitForm?
    /// The form for an input, its answer or a follow-up plan.
    public var record: RecordForm?
    /// The resident (id) a not-at-home visit is about to be logged for, after `n`.
    public var notAtHomeFor: String?
    /// The visit (id) about to be deleted, after `x`.
    public var deleting: String?
    /// The resident (id) about to be taken off the invited of the dugnad on screen, after `x`.
    public var uninviting: String?

    public init() {}

    /// A form has the keys: printable keys are text.
    public var isFormOpen: Bool { form != nil || record != nil }
}

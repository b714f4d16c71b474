import NaboCore

/// The housing stock's own state: the record about to be deleted, waiting for its confirming key.
public struct StockState: Hashable, Sendable {
    public struct Deleting: Hashable, Sendable {
        public var type: EntityType
        public var id: String
        /// How the worker knows it, for the message after.
        public var name: String
    }

    public var deleting: Deleting?

    public init() {}
}

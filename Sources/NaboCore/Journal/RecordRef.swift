/// One record named by its type and id, as a set of records about a person is kept.
public struct RecordRef: Hashable, Sendable, Comparable {
    public var type: EntityType
    public var id: String

    public init(_ type: EntityType, _ id: String) {
        self.type = type
        self.id = id
    }

    public static func < (a: RecordRef, b: RecordRef) -> Bool { (a.type.rawValue, a.id) < (b.type.rawValue, b.id) }
}

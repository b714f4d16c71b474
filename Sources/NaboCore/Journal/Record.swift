/// A record (an address, a visit, ...) as the fold of its operations.
public struct Record: Sendable, Equatable {
    public let id: String
    public internal(set) var registers: [Register] = []
    public internal(set) var sets: [SetRegister] = []
    /// The latest delete or restore, and the field writes the deleting device had seen; boxed,
    /// because few records have one.
    var deletionBox: [DeletionState] = []

    public struct DeletionState: Sendable, Equatable {
        public var version: Version
        public var deleted: Bool
        public var saw: [OpRef]
    }

    public init(id: String) { self.id = id }

    public var deletion: DeletionState? { deletionBox.first }

    public var isDeleted: Bool { deletionBox.first?.deleted ?? false }

    public subscript(field: String) -> JSONValue? {
        registers.first { $0.field == field }?.winner.value
    }

    public func string(_ field: String) -> String? {
        guard let v = self[field], case .string(let s) = v, !s.isEmpty else { return nil }
        return s
    }

    public func members(_ field: String) -> [String] {
        sets.first { $0.field == field }?.members ?? []
    }

    public func register(_ field: String) -> Register? {
        registers.first { $0.field == field }
    }

    /// Every op that currently shows in the record: what a later edit of the whole record replaces.
    /// Each once, in the order first shown, since one operation usually wrote several fields.
    var headRefs: [OpRef] {
        var seen = Set<OpRef>()
        return registers.flatMap { [$0.winner.version.ref] + $0.others.map(\.version.ref) }.filter { seen.insert($0).inserted }
    }
}

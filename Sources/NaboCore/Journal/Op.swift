/// One line of a journal: a change to one record. The journal format version lets a newer build add
/// fields; this build folds what it knows and passes the rest on untouched (sync copies lines, not values).
public struct Op: Equatable, Sendable {
    public static let formatVersion = 1

    public var format: Int
    public var id: OpID
    public var clock: HLC
    /// The writer's wall clock when it wrote the line (milliseconds since 1970 UTC). The ordering
    /// clock can run ahead of it after seeing another laptop's; lines from before this field read
    /// their wall time from the clock.
    public var wall: Int64?
    /// Set on a line rewritten on purpose (sealed, or with a person erased): the id of the operation
    /// that rewrote it. Such a line supersedes the original and is not "two contents".
    public var rewrite: OpID?
    public var author: String
    public var type: String
    public var entity: String
    /// Field writes, each naming the operations whose values it replaced.
    public var writes: [FieldWrite]
    /// Additions to and removals from set-valued fields (attendance, a visit's residents).
    public var setChanges: [SetChange]
    /// Present when the operation deletes the record; lists the field operations it saw.
    public var deletion: Deletion?

    public init(format: Int = Op.formatVersion, id: OpID, clock: HLC, wall: Int64? = nil, rewrite: OpID? = nil, author: String, type: String,
                entity: String, writes: [FieldWrite] = [], setChanges: [SetChange] = [], deletion: Deletion? = nil) {
        self.format = format
        self.id = id
        self.clock = clock
        self.wall = wall
        self.rewrite = rewrite
        self.author = author
        self.type = type
        self.entity = entity
        self.writes = writes
        self.setChanges = setChanges
        self.deletion = deletion
    }

    /// When the line was written by its writer's wall clock: what history and "done in the last
    /// 30 days" show.
    public var wallMillis: Int64 { wall ?? clock.millis }
}

public struct FieldWrite: Equatable, Sendable {
    public var field: String
    public var value: JSONValue
    public var replaces: [OpID]

    public init(_ field: String, _ value: JSONValue, replaces: [OpID] = []) {
        self.field = field
        self.value = value
        self.replaces = replaces
    }
}

public struct SetChange: Equatable, Sendable {
    public var field: String
    public var element: String
    public var isAddition: Bool

    public init(_ field: String, _ element: String, add: Bool) {
        self.field = field
        self.element = element
        self.isAddition = add
    }
}

/// A delete, or with `restore` an undo of one. `saw` names the field writes the device showed when
/// it deleted: a write not among them was made concurrently and is reported, not silently hidden.
public struct Deletion: Equatable, Sendable {
    public var saw: [OpID]
    public var restore: Bool
    public init(saw: [OpID], restore: Bool = false) {
        self.saw = saw
        self.restore = restore
    }
}

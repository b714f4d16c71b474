/// One field of one record as the fold of every write to it. `winner` is the value shown; `others`
/// are writes no later write replaced (concurrent edits: a conflict to resolve); `pending` are writes
/// already known to be replaced that have not arrived yet (journals can be read in any order).
public struct Register: Sendable, Equatable {
    public var field: String
    public var winner: Head
    public var others: [Head] = []
    var pending: [OpRef] = []

    public var hasConflict: Bool { !others.isEmpty }
}

public struct Head: Sendable, Equatable {
    public var value: JSONValue
    public var version: Version
}

/// A set-valued field: each element is present or not by its latest addition or removal, so two
/// workers adding different elements at once both count.
public struct SetRegister: Sendable, Equatable {
    public var field: String
    public var elements: [Element] = []

    public struct Element: Sendable, Equatable {
        public var value: String
        public var present: Bool
        public var version: Version
    }

    public var members: [String] { elements.filter(\.present).map(\.value) }
}

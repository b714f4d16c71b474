/// One field of one record as the fold of every write to it. `winner` is the value shown; `others`
/// are writes no later write replaced (concurrent edits: a conflict to resolve); `pending` are writes
/// already known to be replaced that have not arrived yet (journals can be read in any order).
/// Both lists are nearly always empty, so they share one array to keep millions of registers small.
public struct Register: Sendable, Equatable {
    public var field: String
    public var winner: Head
    var contest: [Contest] = []

    enum Contest: Sendable, Equatable {
        case head(Head)
        case pending(OpRef)
    }

    init(field: String, winner: Head) {
        self.field = field
        self.winner = winner
    }

    public var others: [Head] {
        contest.compactMap { if case .head(let h) = $0 { h } else { nil } }
    }

    var pending: [OpRef] {
        contest.compactMap { if case .pending(let r) = $0 { r } else { nil } }
    }

    public var hasConflict: Bool {
        contest.contains { if case .head = $0 { true } else { false } }
    }
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

import NaboCore

/// One change to a record as a screen shows it: when (local time), who, and what was written.
public struct HistoryEntry: Hashable, Sendable {
    public var day: CalendarDate
    /// Minutes after local midnight.
    public var minutes: Int
    public var author: String
    public var writes: [Write]
    public var deleted: Bool?

    public struct Write: Hashable, Sendable {
        public var field: String
        public var value: String
    }

    public init(day: CalendarDate, minutes: Int, author: String, writes: [Write], deleted: Bool? = nil) {
        self.day = day
        self.minutes = minutes
        self.author = author
        self.writes = writes
        self.deleted = deleted
    }

    /// The operation in the local time `utcOffset` gives (minutes east of UTC for a UTC day and minute).
    public init(_ op: Op, utcOffset: (CalendarDate, Int) -> Int) {
        let local = LocalDateTime(utcMinutes: Int(op.wallMillis / 60_000), utcOffset: utcOffset)
        self.init(day: local.date, minutes: local.minutes ?? 0, author: op.author,
                  writes: op.writes.map { Write(field: $0.field, value: Self.text($0.value)) }
                      + op.setChanges.map { Write(field: $0.field, value: ($0.isAddition ? "+" : "−") + $0.element) },
                  deleted: op.deletion.map { !$0.restore })
    }

    /// A stored value as the text a `.set` would write back.
    public static func text(_ value: NaboCore.JSONValue) -> String {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "yes" : "no"
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): text
        case .array, .object: { var writer = JSONWriter(); writer.value(value); return writer.text }()
        }
    }
}

/// The loaded history of the record on screen.
public struct RecordHistory: Hashable, Sendable {
    public var type: String
    public var id: String
    public var entries: [HistoryEntry]

    public init(type: String, id: String, entries: [HistoryEntry]) {
        self.type = type
        self.id = id
        self.entries = entries
    }
}

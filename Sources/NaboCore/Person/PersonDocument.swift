/// Everything Nabo holds about one resident, for an answer to innsyn (GDPR article 15): each of
/// their records with every earlier version, in the worker's language. Other residents appear only
/// as "another resident"; the Markdown and JSON files are written from this one model.
public struct PersonDocument: Sendable {
    /// One field as stored (with other residents taken out) and as a worker reads it.
    public struct Value: Sendable, Equatable {
        public var field: String
        public var label: String
        public var raw: JSONValue
        public var shown: String
    }

    /// One change to a record: when, by whom, and what was written, added, removed or deleted.
    public struct Version: Sendable, Equatable {
        public var millis: Int64
        public var when: String
        public var author: String
        public var set: [Value]
        public var added: [Value]
        public var removed: [Value]
        /// True for a deletion, false for a restore, nil for neither.
        public var deleted: Bool?
    }

    public struct Entry: Sendable, Equatable {
        public var ref: RecordRef
        public var heading: String
        public var deleted: Bool
        public var values: [Value]
        /// What the record means for the person beyond its fields: a survey's statements in words,
        /// a dugnad's invitation, attendance and notices.
        public var details: [Value]
        public var versions: [Version]
    }

    public struct Section: Sendable, Equatable {
        /// The JSON key, stable for scripts.
        public var key: String
        public var title: String
        public var entries: [Entry]
    }

    public var id: String
    public var name: String
    public var language: Language
    public var made: CalendarDate
    public var sections: [Section]
}

/// A resident's follow-up plan (bo-oppfølging), read from its record: how often, what it holds, who
/// else is around the resident, what they consent to, and when it started and ended. Fields are
/// read when asked, as the due list reads only the frequency and the dates of every plan.
public struct FollowUpPlan: Sendable, Equatable {
    /// Someone besides the project around the resident: NAV, DPS, a relative.
    public struct Partner: Sendable, Equatable {
        public var kind: String
        public var contact: String

        public init(kind: String, contact: String = "") {
            self.kind = kind
            self.contact = contact
        }
    }

    public let record: Record
    public var id: String { record.id }

    public init(_ record: Record) { self.record = record }

    public var resident: String? { record.string("resident") }
    /// Days between visits.
    public var frequency: Int? { record["frequency"]?.int }
    public var content: String? { record.string("content") }
    /// Stored as `[{"kind": "NAV", "contact": "…"}]`; an entry without a kind is left out. Nil when
    /// the record never held the field, which a form tells apart from a list emptied.
    public var partners: [Partner]? {
        record["partners"].map { list in
            (list.array ?? []).compactMap { p in
                p.object?["kind"]?.string.map { Partner(kind: $0, contact: p.object?["contact"]?.string ?? "") }
            }
        }
    }
    /// What the resident consented to being recorded, in their words ("Muntlig, 22.11.").
    public var consent: String? { record.string("consent") }
    public var started: CalendarDate? { record.date("started") }
    public var ended: CalendarDate? { record.date("ended") }
    public var endReason: String? { record.string("endReason") }
}

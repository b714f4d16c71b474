/// A dugnad record read for notices, calendars and turnout: fields typed, addresses written out.
public struct Dugnad: Equatable, Sendable {
    public struct Place: Equatable, Sendable {
        public var id: String
        public var label: String
    }

    /// Others who came, by the kind the worker named ("ansatte": 2, "barn": 3).
    public struct Extra: Equatable, Sendable {
        public var kind: String
        public var count: Int
    }

    public var id: String
    public var title: String
    public var start: LocalDateTime?
    public var end: LocalDateTime?
    /// In address order.
    public var addresses: [Place]
    public var meetingPoint: String?
    public var tasks: [String]
    public var note: String?
    public var invited: [String]
    public var attended: [String]
    public var extra: [Extra]
    /// Asked from Byggdrift: a container, sacks, tools.
    public var equipment: [String]
    public var food: String?
    /// Invited besides the residents: the police, volunteers.
    public var partners: [String]
    public var notices: [NoticeSent]

    public init(_ record: Record, in replica: Replica) {
        id = record.id
        title = record.string("title") ?? ""
        start = record.string("start").flatMap(Self.dateTime)
        end = record.string("end").flatMap(Self.dateTime)
        addresses = record.members("addresses")
            .sorted { a, b in
                switch (replica.record("address", a), replica.record("address", b)) {
                case let (x?, y?): AddressText.sortKey(x) < AddressText.sortKey(y)
                default: a < b
                }
            }
            .map { Place(id: $0, label: AddressText.short($0, in: replica)) }
        meetingPoint = record.string("meetingPoint")
        tasks = record["tasks"]?.array?.compactMap(\.string) ?? []
        note = record.string("note")
        invited = record.members("invited").sorted()
        attended = record.members("attended").sorted()
        extra = (record["extra"]?.object ?? [:]).compactMap { k, v in v.int.map { Extra(kind: k, count: $0) } }.sorted { $0.kind < $1.kind }
        equipment = record["equipment"]?.array?.compactMap(\.string) ?? []
        food = record.string("food")
        partners = record["partners"]?.array?.compactMap(\.string) ?? []
        notices = DugnadNoticeLog.notices(record)
    }

    /// Stored date-times carry their UTC offset; one written without keeps none (a floating time).
    static func dateTime(_ text: String) -> LocalDateTime? {
        guard var d = LocalDateTime(text, offsetFor: { _, _ in 0 }) else { return nil }
        let time = text.split(whereSeparator: { $0 == "T" || $0 == " " }).dropFirst().first ?? ""
        if d.minutes != nil, !time.contains(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { d.offset = nil }
        return d
    }

    public var addressLabels: [String] { addresses.map(\.label) }

    /// Where to meet: the meeting point, else the addresses themselves.
    public var place: String { meetingPoint ?? addressLabels.joined(separator: ", ") }
}

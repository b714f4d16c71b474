/// A dugnad read from its record, its addresses written out and ordered as the replica knows them.
extension Dugnad {
    public init(_ record: Record, in replica: Replica) {
        id = record.id
        title = record.string("title") ?? ""
        start = Self.start(of: record)
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

    /// The start alone, for orderings that need nothing else.
    public static func start(of record: Record) -> LocalDateTime? {
        record.string("start").flatMap(dateTime)
    }

    /// Stored date-times carry their UTC offset; one written without keeps none (a floating time).
    static func dateTime(_ text: String) -> LocalDateTime? {
        guard var d = LocalDateTime(text, offsetFor: { _, _ in 0 }) else { return nil }
        let time = text.split(whereSeparator: { $0 == "T" || $0 == " " }).dropFirst().first ?? ""
        if d.minutes != nil, !time.contains(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) { d.offset = nil }
        return d
    }
}

/// A dugnad read from its record, its addresses written out and ordered as the replica knows them.
extension Dugnad {
    public init(_ record: Record, in replica: Replica) {
        id = record.id
        title = record.string("title") ?? ""
        start = Self.start(of: record)
        end = record.string("end").flatMap(LocalDateTime.stored)
        addresses = AddressText.ordered(record.members("addresses"), in: replica)
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
        record.string("start").flatMap(LocalDateTime.stored)
    }
}

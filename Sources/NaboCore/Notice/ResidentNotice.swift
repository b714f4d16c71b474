/// A notice to the residents of some addresses (a `notice` record), read for its export: the text,
/// the day, the addresses written out and the residents who live there that day.
public struct ResidentNotice: Equatable, Sendable {
    public var id: String
    public var text: String
    /// The channel's stored value, `posted` or `sms`.
    public var how: String
    public var date: CalendarDate?
    /// In address order.
    public var addressLabels: [String]
    /// Living at the addresses on the notice's day (today's residents for a notice without a day).
    public var residents: [String]

    public init(_ record: Record, in replica: Replica, today: CalendarDate) {
        id = record.id
        text = record.string("text") ?? ""
        how = record.string("how") ?? NoticeChannel.posted.rawValue
        date = record.date("date")
        let addresses = AddressText.ordered(record.members("addresses"), in: replica)
        addressLabels = addresses.map { AddressText.short($0, in: replica) }
        residents = Queries.residents(at: Set(addresses), in: replica, on: date ?? today).sorted()
    }
}

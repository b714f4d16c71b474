/// Inputs (innspill) still waiting for an answer to the resident, oldest first: what residents said
/// that has not yet been acted on, offered an alternative or declined.
public struct OpenInput: Equatable, Sendable {
    public var id: String
    public var resident: String
    public var text: String
    /// The day the input was recorded; nil for one recorded without a date.
    public var date: CalendarDate?
    /// Days since `date`; nil without a date.
    public var daysWaiting: Int?
    public var visit: String?
    public var response: String?
}

public enum OpenInputs {
    /// Undated inputs come first, since how long they have waited is unknown; then by date, then id.
    public static func list(_ replica: Replica, today: CalendarDate) -> [OpenInput] {
        replica.records(EntityType.input.rawValue)
            .lazy.filter { !$0.isDeleted }.map(Input.init).filter(\.isOpen)
            .map { i in
                let date = i.date
                return OpenInput(id: i.id, resident: i.resident ?? "", text: i.text, date: date,
                                 daysWaiting: date.map { today.dayNumber - $0.dayNumber }, visit: i.visit, response: i.response)
            }
            .sorted { ($0.date?.dayNumber ?? Int.min, $0.id) < ($1.date?.dayNumber ?? Int.min, $1.id) }
    }
}

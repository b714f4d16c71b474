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

    public var addressLabels: [String] { addresses.map(\.label) }

    /// Where to meet: the meeting point, else the addresses themselves.
    public var place: String { meetingPoint ?? addressLabels.joined(separator: ", ") }
}

/// The kinds of open measure an address or unit view flags on every unit: the three the action
/// plan touches in each home (locks, storage rooms, doorbells).
public struct OpenFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let lock = OpenFlags(rawValue: 1)
    public static let storageRoom = OpenFlags(rawValue: 2)
    public static let doorbell = OpenFlags(rawValue: 4)

    /// In the order the flag column shows them.
    public static let each: [OpenFlags] = [.lock, .storageRoom, .doorbell]

    /// The flag for a measure's category; empty for categories not flagged per unit.
    public init(category: String?) {
        switch category {
        case "lock": self = .lock
        case "storage-room": self = .storageRoom
        case "doorbell": self = .doorbell
        default: self = []
        }
    }
}

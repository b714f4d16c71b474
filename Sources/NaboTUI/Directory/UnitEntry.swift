/// A unit (bolig) as the address screen lists it.
public struct UnitEntry: Hashable, Sendable {
    public let id: String
    public let address: Int?
    /// The H-nummer: "H0101".
    public let number: String
    /// One of `Vocabulary.unitStatus`.
    /// As stored, except that a unit where someone lives by contract is let (`Letting`).
    public internal(set) var status: String
    public let rooms: Int?
    /// Open lock, storage-room and doorbell measures for this unit or its whole address.
    public internal(set) var flags: OpenFlags = []
    /// The names of the residents living here now, joined for the list column.
    public internal(set) var occupants = ""
}

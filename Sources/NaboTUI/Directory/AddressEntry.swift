/// An address as the lists show it, with the counts the home screen sums up.
public struct AddressEntry: Hashable, Sendable {
    public let id: String
    /// Street and number as people say it: "Runarveien 1", "Storgata 12B".
    public let title: String
    /// Postcode and town: "3216 Sandefjord".
    public let place: String
    public internal(set) var unitCount = 0
    public internal(set) var letCount = 0
    public internal(set) var vacantCount = 0
    /// Measures not done, and of those the ones past their due date.
    public internal(set) var openMeasures = 0
    public internal(set) var lateMeasures = 0
    /// Residents living here whose latest visit's next date has come.
    public internal(set) var dueResidents = 0
    /// Open lock, storage-room and doorbell measures anywhere at the address.
    public internal(set) var flags: OpenFlags = []
    /// The same, for measures that name no unit and so concern every unit.
    public internal(set) var wholeAddressFlags: OpenFlags = []

    init(id: String, title: String, place: String) {
        self.id = id
        self.title = title
        self.place = place
    }
}

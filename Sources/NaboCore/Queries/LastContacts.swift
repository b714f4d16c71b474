/// Every resident's last contact (`LastContact`), kept as the numbers `Due.latestVisits` worked
/// them out in, by the visit index's resident numbers: a lookup hashes the id once, where a
/// dictionary of 30,000 contacts made at every start would hash each id to build it and again
/// to read it.
public struct LastContacts: Sendable {
    let names: Names
    /// By resident number: the last visit, and the attempts since.
    let visits: [Reached]
    let attempts: [Attempts]

    // Structs, not tuples: an array of tuples asks the runtime for its type at each use.
    /// The last visit's day, the next one agreed at it (`Int32.min` for none), and the latest
    /// date and time (`VisitIndex.Entry.sortKey`) of any visit that reached the resident.
    struct Reached {
        var day = Int32.min, next = Int32.min, key = Int.min
    }

    /// The attempts since, the last one's day and the retry it planned.
    struct Attempts {
        var count: Int32 = 0, last = Int32.min, retry = Int32.min
    }

    /// The resident's last contact; nil for one never visited nor tried.
    public subscript(id: String) -> LastContact? {
        names.number(of: id).flatMap { contact(Int($0)) }
    }

    /// Looks up residents' contacts asked for in increasing byte order of their ids (a pass over
    /// the snapshot's resident records), stepping through the names instead of hashing each id.
    public struct Cursor {
        private var names = Names.Cursor()

        public init() {}

        public mutating func contact(utf8 id: UnsafeRawBufferPointer, in contacts: LastContacts) -> LastContact? {
            names.number(ofUTF8: id, in: contacts.names).flatMap { contacts.contact(Int($0)) }
        }
    }

    /// Each resident with a contact, and it; in no particular order.
    public var all: [(resident: String, contact: LastContact)] {
        names.ids.indices.compactMap { r in contact(r).map { (names.ids[r], $0) } }
    }

    fileprivate func contact(_ r: Int) -> LastContact? {
        guard visits[r].day != .min || attempts[r].count > 0 else { return nil }
        let day = { (n: Int32) in n == .min ? nil : CalendarDate(dayNumber: Int(n)) }
        return LastContact(visit: day(visits[r].day), next: day(visits[r].next), attempts: Int(attempts[r].count),
                           lastAttempt: day(attempts[r].last), retry: day(attempts[r].retry))
    }
}

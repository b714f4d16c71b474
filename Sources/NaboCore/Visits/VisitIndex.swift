/// The few facts of every live visit that lists, due dates and timelines need (its day and time,
/// the next visit agreed at it, its unit and its residents), kept apart from the visits' texts.
///
/// Stored with the snapshot, so a store of half a million visits opens without decoding a visit:
/// start-up reads some thirty bytes a visit instead of the record, and the visits changed since
/// the snapshot are laid over it (`overlaid`). Entries are plain numbers (ids live in one byte
/// buffer), so the index is read and copied in bulk. They are in id order; their positions are
/// stable for one index and are what lists keep as rows.
public struct VisitIndex: Sendable {
    public struct Entry: Sendable, Equatable {
        /// The id's bytes are `idBytes[idStart..<idStart + idLength]`.
        let idStart: Int32
        let idLength: Int32
        /// `CalendarDate.dayNumber` of the visit's local day; `Int32.min` without one.
        let dayNumber: Int32
        /// Minutes after midnight; -1 without a time of day.
        let minuteOfDay: Int32
        /// `Int32.min` when no next visit was agreed.
        let nextDayNumber: Int32
        /// The unit's number in `units`; -1 without one.
        let unit: Int32
        /// The residents' numbers are `links[firstResident..<firstResident + residentCount]`.
        let firstResident: Int32
        let residentCount: Int32
        /// Bit 0: an attempt where nobody was home, which is not a visit.
        let flags: Int32

        public var isAttempt: Bool { flags & 1 != 0 }

        public var day: CalendarDate? { dayNumber == .min ? nil : CalendarDate(dayNumber: Int(dayNumber)) }
        public var minutes: Int? { minuteOfDay < 0 ? nil : Int(minuteOfDay) }
        public var next: CalendarDate? { nextDayNumber == .min ? nil : CalendarDate(dayNumber: Int(nextDayNumber)) }
        /// Local date and time in minutes, which sorts as the calendar does; undated visits sort first.
        public var sortKey: Int { dayNumber == .min ? 0 : Int(dayNumber) * 1440 + max(0, Int(minuteOfDay)) }
    }

    /// In the order of the ids' UTF-8 bytes, as the snapshot's record tables are.
    public internal(set) var entries: [Entry] = []
    var idBytes: [UInt8] = []
    var links: [Int32] = []
    var residents = Names()
    var units = Names()
    var byResident = Groups()
    var byUnit = Groups()

    public init() {}

    /// The index of these visits; deleted ones are left out.
    public init(_ visits: some Sequence<Record>) {
        for visit in visits where !visit.isDeleted { append(visit) }
        sortByID()
        group()
    }

    public var count: Int { entries.count }

    public func id(at position: Int) -> String {
        String(decoding: id(of: entries[position]), as: UTF8.self)
    }

    /// The position of the visit with this id, by binary search.
    public func position(of id: String) -> Int? {
        let key = Array(id.utf8)
        var low = 0, high = entries.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let candidate = self.id(of: entries[mid])
            if candidate.elementsEqual(key) { return mid }
            if candidate.lexicographicallyPrecedes(key) { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    public func residents(of position: Int) -> [String] {
        residentNumbers(of: entries[position]).map { residents[$0] }
    }

    public func unit(of position: Int) -> String? {
        entries[position].unit < 0 ? nil : units[entries[position].unit]
    }

    /// Positions of the resident's visits, in no particular order.
    public func visits(ofResident id: String) -> [Int] {
        residents.number(of: id).map { byResident[$0].map(Int.init) } ?? []
    }

    /// Positions of the visits to the unit, in no particular order.
    public func visits(ofUnit id: String) -> [Int] {
        units.number(of: id).map { byUnit[$0].map(Int.init) } ?? []
    }

    /// Positions of the visits on this local day, whatever their time, in id order. A pass over
    /// plain numbers: some 30 bytes a visit, never a visit decoded.
    public func visits(onDay day: CalendarDate) -> [Int] {
        let wanted = Int32(day.dayNumber)
        return entries.indices.filter { entries[$0].dayNumber == wanted }
    }

    /// Newest first, as lists show visits: by date and time, then by id.
    public func newestFirst(_ positions: [Int]) -> [Int] {
        positions.sorted(by: isNewer)
    }

    public func isNewer(_ a: Int, than b: Int) -> Bool {
        let left = entries[a].sortKey, right = entries[b].sortKey
        return left != right ? left > right : idPrecedes(entries[b], entries[a])
    }

    func id(of entry: Entry) -> ArraySlice<UInt8> {
        idBytes[Int(entry.idStart)..<Int(entry.idStart + entry.idLength)]
    }

    func idPrecedes(_ a: Entry, _ b: Entry) -> Bool {
        id(of: a).lexicographicallyPrecedes(id(of: b))
    }

    func residentNumbers(of entry: Entry) -> ArraySlice<Int32> {
        links[Int(entry.firstResident)..<Int(entry.firstResident + entry.residentCount)]
    }

    mutating func sortByID() {
        let ids = idBytes
        entries.sort { a, b in
            ids[Int(a.idStart)..<Int(a.idStart + a.idLength)].lexicographicallyPrecedes(ids[Int(b.idStart)..<Int(b.idStart + b.idLength)])
        }
    }

    mutating func append(_ record: Record) {
        let visit = Visit(record)
        let date = visit.dateText
        let members = visit.residents
        let first = Int32(links.count)
        for resident in members { links.append(residents.numbering(resident)) }
        let idStart = Int32(idBytes.count)
        idBytes += visit.id.utf8
        entries.append(Entry(
            idStart: idStart, idLength: Int32(idBytes.count) - idStart,
            dayNumber: DateBytes.date(date).map { Int32($0.dayNumber) } ?? .min,
            minuteOfDay: date.flatMap(DateBytes.minutes).map(Int32.init) ?? -1,
            nextDayNumber: visit.next.map { Int32($0.dayNumber) } ?? .min,
            unit: visit.unit.map { units.numbering($0) } ?? -1,
            firstResident: first, residentCount: Int32(members.count), flags: visit.kind == .notAtHome ? 1 : 0))
    }

    /// Groups the entries by resident and by unit, once they are in their final order.
    mutating func group() {
        var byResident: [(group: Int32, member: Int32)] = []
        var byUnit: [(group: Int32, member: Int32)] = []
        byResident.reserveCapacity(entries.count)
        byUnit.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() {
            for resident in residentNumbers(of: entry) { byResident.append((resident, Int32(position))) }
            if entry.unit >= 0 { byUnit.append((entry.unit, Int32(position))) }
        }
        self.byResident = Groups(count: residents.ids.count, pairs: byResident)
        self.byUnit = Groups(count: units.ids.count, pairs: byUnit)
    }
}

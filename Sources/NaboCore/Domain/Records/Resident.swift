/// A resident, read once from the record: who, where, and when they lived there.
public struct Resident: Sendable, Equatable {
    public let id: String
    public var name: String
    public var unit: String?
    public var phone: String?
    public var movedIn: CalendarDate?
    public var movedOut: CalendarDate?

    /// The fields `init` reads: a pass over every resident decodes only these (`Replica.forEachRecord`).
    public static let fields = ["name", "unit", "phone", "movedIn", "movedOut"]

    public init(_ record: Record) {
        id = record.id
        name = record.string("name") ?? ""
        unit = Self.unit(of: record)
        phone = record.string("phone")
        movedIn = record.date("movedIn")
        movedOut = record.date("movedOut")
    }

    /// Lives there on `day`: not yet moved out. The day of moving out is the first day away, and a
    /// resident with no moved-in date is taken to have always lived there.
    public func livesThere(on day: CalendarDate) -> Bool {
        Self.livesThere(movedOut: movedOut, on: day)
    }

    /// The same rule read straight from a record, for the loops over every resident.
    public static func livesThere(_ record: Record, on day: CalendarDate) -> Bool {
        livesThere(movedOut: record.date("movedOut"), on: day)
    }

    /// The unit read straight from a record, for the passes over every resident that need only it.
    public static func unit(of record: Record) -> String? {
        record.string("unit")
    }

    static func livesThere(movedOut: CalendarDate?, on day: CalendarDate) -> Bool {
        movedOut.map { $0 > day } ?? true
    }
}

/// An address, read from its record: street, house number and letter, postcode and city.
public struct Address: Sendable, Equatable {
    public let record: Record
    public var id: String { record.id }

    public init(_ record: Record) { self.record = record }

    public var street: String { record.string("street") ?? "" }
    /// The house number; an older record may hold it as text.
    public var number: Int? { record["number"]?.int }
    public var numberText: String { record["number"].flatMap { $0.int.map(String.init) ?? $0.string } ?? "" }
    public var letter: String { record.string("letter") ?? "" }
    public var postcode: String? { record.string("postcode") }
    public var city: String? { record.string("city") }
}

/// A unit (a dwelling; `HousingUnit` beside Foundation's `Unit`) at an address, with its H-number and whether it is let.
public struct HousingUnit: Sendable, Equatable {
    public let record: Record
    public var id: String { record.id }

    public init(_ record: Record) { self.record = record }

    /// The fields read below: a pass over every unit decodes only these (`Replica.forEachRecord`).
    public static let fields = ["address", "number", "status", "rooms"]

    public var address: String? { record.string("address") }
    public var number: String { record.string("number") ?? "" }
    /// The stored status; a value from a newer version stays as it is.
    public var statusValue: String { record.string("status") ?? UnitStatus.fallback.rawValue }
    public var rooms: Int? { record["rooms"]?.int }
}

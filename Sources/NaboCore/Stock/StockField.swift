/// What a column of an office's sheet holds, found from its header in bokmål or English (case,
/// spaces, hyphens and dots do not matter) or named with `--map "COLUMN=field"`. The raw values
/// are the names `--map` takes and `nabo import --help` lists.
public enum StockField: String, CaseIterable, Sendable {
    case id, street, number, letter, postcode, city, hNumber = "h-number", rooms, status
    case name, phone, movedIn = "moved-in", movedOut = "moved-out", unit

    /// The headers each field is known by, written as `normalized` leaves them.
    static let headers: [StockField: [String]] = [
        .id: ["id"],
        .street: ["gateadresse", "adresse", "gate", "gatenavn", "street", "address", "streetaddress"],
        .number: ["husnr", "husnummer", "number", "housenumber"],
        .letter: ["bokstav", "husbokstav", "letter"],
        .postcode: ["postnr", "postnummer", "postcode", "postalcode", "zip", "zipcode"],
        .city: ["poststed", "sted", "city", "town"],
        .hNumber: ["bruksenhetsnummer", "hnummer", "leilighetsnummer", "unitnumber", "hnumber", "bruksenhet"],
        .rooms: ["rom", "antallrom", "rooms", "numberofrooms"],
        .status: ["status"],
        .name: ["navn", "name", "fulltnavn", "fullname"],
        .phone: ["telefon", "mobil", "telefonnummer", "mobilnummer", "tlf", "phone", "mobile"],
        .movedIn: ["innflyttet", "innflyttingsdato", "innflytting", "movedin", "moveindate"],
        .movedOut: ["utflyttet", "utflyttingsdato", "utflytting", "movedout", "moveoutdate"],
        .unit: ["boligid", "unitid"],
    ]

    private static let byHeader: [String: StockField] = {
        var out: [String: StockField] = [:]
        for (field, names) in headers { for n in names { out[n] = field } }
        return out
    }()

    /// The field a header names, if Nabo knows it.
    public init?(header: String) {
        guard let f = Self.byHeader[Self.normalized(header)] else { return nil }
        self = f
    }

    /// A field named on the command line, by its name or any header it is known by.
    public init?(named text: String) {
        if let f = StockField(rawValue: text.lowercased()) { self = f } else if let f = StockField(header: text) { self = f } else { return nil }
    }

    /// Lower case, without spaces, hyphens, underscores, dots or a byte order mark.
    static func normalized(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { !" \t-_.\u{FEFF}\u{A0}".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// What the field is, for `--help` and for a refusal.
    public var meaning: Message {
        switch self {
        case .id: Message(nb: "id-en Nabo ga posten (nabo export stock skriver den)", en: "the id Nabo gave the record (nabo export stock writes it)")
        case .street: Message(nb: "gateadresse", en: "street")
        case .number: Message(nb: "husnummer", en: "house number")
        case .letter: Message(nb: "bokstav etter husnummeret", en: "letter after the house number")
        case .postcode: Message(nb: "postnummer", en: "postcode")
        case .city: Message(nb: "poststed", en: "city")
        case .hNumber: Message(nb: "H-nummer (bruksenhetsnummer)", en: "H-number (unit number)")
        case .rooms: Message(nb: "antall rom", en: "number of rooms")
        case .status: Message(nb: "boligens status", en: "the unit's status")
        case .name: Message(nb: "beboerens navn", en: "the resident's name")
        case .phone: Message(nb: "telefon", en: "phone")
        case .movedIn: Message(nb: "innflyttet", en: "moved in")
        case .movedOut: Message(nb: "utflyttet", en: "moved out")
        case .unit: Message(nb: "boligens id i Nabo", en: "the unit's id in Nabo")
        }
    }

    /// The record field a rule's refusal names, so that the refusal is shown under this column.
    var schemaField: String {
        switch self {
        case .hNumber: "number"
        case .movedIn: "movedIn"
        case .movedOut: "movedOut"
        default: rawValue
        }
    }
}

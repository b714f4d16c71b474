/// The housing stock as the sheets an office keeps: one row per unit with its address, and one row
/// per resident with where they live. The columns are those `nabo import` reads, with the record's
/// id first, so a sheet can go out, be corrected by someone without Nabo, and come back.
public enum StockExport {
    public enum Kind: String, CaseIterable, Sendable {
        case units, residents
    }

    public static func csv(_ kind: Kind, replica: Replica, language: Language) -> CSVTable {
        let header = columns(kind).map { $0.text(language) }
        switch kind {
        case .units:
            let rows = live(.unit, replica).map(HousingUnit.init).map { unit -> [String] in
                let address = unit.address.flatMap { replica.live(EntityType.address.rawValue, $0) }.map(Address.init)
                return [unit.id] + place(address, number: unit.number) + [unit.rooms.map(String.init) ?? "", unit.statusValue]
            }
            // By street, house number as a number, letter and H-nummer, as the office walks the stock.
            let key = { (r: [String]) in (r[1], Int(r[2]) ?? 0, r[3], r[6]) }
            return CSVTable(header: header, rows: rows.sorted { key($0) < key($1) })
        case .residents:
            let rows = live(.resident, replica).map(Resident.init).map { resident -> [String] in
                let unit = resident.unit.flatMap { replica.live(EntityType.unit.rawValue, $0) }.map(HousingUnit.init)
                let address = unit?.address.flatMap { replica.live(EntityType.address.rawValue, $0) }.map(Address.init)
                return [resident.id, resident.name, resident.phone ?? ""] + place(address, number: unit?.number ?? "")
                    + [resident.movedIn?.iso ?? "", resident.movedOut?.iso ?? ""]
            }
            // The phone column is validated `+47…`, which a spreadsheet would take for a number.
            return CSVTable(header: header, rows: rows.sorted { ($0[1], $0[0]) < ($1[1], $1[0]) }, alwaysQuoted: [2])
        }
    }

    /// Street, number, letter, postcode, city and H-nummer, as the sheet has them.
    static func place(_ address: Address?, number: String) -> [String] {
        [address?.street ?? "", address?.numberText ?? "", address?.letter ?? "", address?.postcode ?? "", address?.city ?? "", number]
    }

    static func live(_ type: EntityType, _ replica: Replica) -> [Record] {
        replica.records(type.rawValue).filter { !$0.isDeleted }
    }

    /// The headers `nabo import` finds in either language.
    public static func columns(_ kind: Kind) -> [Message] {
        let place = [Message(nb: "Gateadresse", en: "Street"), Message(nb: "Husnr", en: "Number"), Message(nb: "Bokstav", en: "Letter"),
                     Message(nb: "Postnr", en: "Postcode"), Message(nb: "Poststed", en: "City"), Message(nb: "H-nummer", en: "H-number")]
        let id = Message(nb: "id", en: "id")
        switch kind {
        case .units:
            return [id] + place + [Message(nb: "Rom", en: "Rooms"), Message(nb: "Status", en: "Status")]
        case .residents:
            return [id, Message(nb: "Navn", en: "Name"), Message(nb: "Telefon", en: "Phone")] + place
                + [Message(nb: "Innflyttet", en: "Moved in"), Message(nb: "Utflyttet", en: "Moved out")]
        }
    }
}

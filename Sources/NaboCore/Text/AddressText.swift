/// An address as people write it on a notice or in a report: "Runarveien 1", "Storgata 12B".
public enum AddressText {
    public static func short(_ record: Record) -> String {
        let address = Address(record)
        return [address.street, address.numberText + address.letter].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The address with this id, or the id itself when the record is gone (a report still shows a row).
    public static func short(_ id: String, in replica: Replica) -> String {
        replica.record("address", id).map(short) ?? id
    }

    /// Orders addresses by street, then house number as a number, then letter.
    /// Address ids in address order; an id the replica does not know goes by the id.
    public static func ordered(_ ids: [String], in replica: Replica) -> [String] {
        ids.sorted { a, b in
            switch (replica.record("address", a), replica.record("address", b)) {
            case let (x?, y?): sortKey(x) < sortKey(y)
            default: a < b
            }
        }
    }

    public static func sortKey(_ record: Record) -> AddressSortKey {
        let address = Address(record)
        return AddressSortKey(street: address.street, number: address.number ?? 0, letter: address.letter, id: address.id)
    }
}

public struct AddressSortKey: Comparable, Sendable {
    var street: String
    var number: Int
    var letter: String
    var id: String

    public static func < (a: AddressSortKey, b: AddressSortKey) -> Bool {
        (a.street, a.number, a.letter, a.id) < (b.street, b.number, b.letter, b.id)
    }
}

/// An address as people write it on a notice or in a report: "Runarveien 1", "Storgata 12B".
public enum AddressText {
    public static func short(_ address: Record) -> String {
        let street = address.string("street") ?? ""
        let number = address["number"].flatMap { $0.int.map(String.init) ?? $0.string } ?? ""
        let letter = address.string("letter") ?? ""
        return [street, number + letter].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The address with this id, or the id itself when the record is gone (a report still shows a row).
    public static func short(_ id: String, in replica: Replica) -> String {
        replica.record("address", id).map(short) ?? id
    }

    /// Orders addresses by street, then house number as a number, then letter.
    public static func sortKey(_ address: Record) -> AddressSortKey {
        AddressSortKey(street: address.string("street") ?? "", number: address["number"]?.int ?? 0,
                       letter: address.string("letter") ?? "", id: address.id)
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

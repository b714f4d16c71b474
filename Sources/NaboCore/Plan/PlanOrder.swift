/// The order of the action plan: plan items as numbered ("plan-2" before "plan-10"), then measures
/// outside any plan item by title; within an item, addresses by street and number.
enum PlanOrder {
    struct Key: Comparable {
        var loose: Bool
        var item: String
        var address: AddressSortKey
        var id: String

        static func < (a: Key, b: Key) -> Bool {
            if a.loose != b.loose { return !a.loose }
            if a.item != b.item { return a.item < b.item }
            if a.address != b.address { return a.address < b.address }
            return a.id < b.id
        }
    }

    static func key(_ measure: Record, _ replica: Replica) -> Key {
        let address = measure.string("address").flatMap { replica.record("address", $0) }
        return Key(loose: measure.string("planItem") == nil,
                   item: natural(measure.string("planItem") ?? measure.string("title") ?? measure.id),
                   address: address.map(AddressText.sortKey) ?? AddressSortKey(street: "", number: 0, letter: "", id: measure.string("address") ?? ""),
                   id: measure.id)
    }

    /// Pads every run of digits so text comparison orders the numbers by value.
    static func natural(_ s: String) -> String {
        var out = ""
        var digits = ""
        for c in s {
            if c.isASCII, c.isNumber { digits.append(c); continue }
            if !digits.isEmpty { out += String(repeating: "0", count: max(0, 12 - digits.count)) + digits; digits = "" }
            out.append(c)
        }
        if !digits.isEmpty { out += String(repeating: "0", count: max(0, 12 - digits.count)) + digits }
        return out
    }
}

/// The order of the action plan: plan items as numbered ("plan-2" before "plan-10"), then measures
/// outside any plan item by title; within an item, addresses by street and number.
public enum PlanOrder {
    /// The measures in plan order.
    static func sorted(_ measures: [Record], _ replica: Replica) -> [Record] {
        order(measures.map { key(Measure($0)) }, replica).map { measures[$0] }
    }

    /// What a measure's place in the plan depends on, kept instead of the measure by an export
    /// that fetches each again as it writes it.
    public struct Key: Sendable {
        let loose: Bool
        let item: String
        let address: String
        let id: String
    }

    public static func key(_ measure: Measure) -> Key {
        Key(loose: measure.planItem == nil, item: natural(measure.planItem ?? (measure.title.isEmpty ? measure.id : measure.title)),
            address: measure.address ?? "", id: measure.id)
    }

    /// The positions of `keys` in plan order. Items and addresses are few beside the measures, so
    /// each distinct one is ranked once and the measures are sorted by numbers, not by comparing text.
    public static func order(_ keys: [Key], _ replica: Replica) -> [Int] {
        var addressKeys: [String: AddressSortKey] = [:]
        for id in Set(keys.map(\.address)) {
            addressKeys[id] = replica.record("address", id).map(AddressText.sortKey) ?? AddressSortKey(street: "", number: 0, letter: "", id: id)
        }
        let itemRank = ranks(Set(keys.map(\.item)).sorted())
        let addressRank = ranks(addressKeys.values.sorted().map(\.id))
        let ranked = keys.map { k in (loose: k.loose, item: itemRank[k.item]!, address: addressRank[k.address]!, id: k.id) }
        return keys.indices.sorted { a, b in
            let x = ranked[a], y = ranked[b]
            if x.loose != y.loose { return !x.loose }
            if x.item != y.item { return x.item < y.item }
            if x.address != y.address { return x.address < y.address }
            return x.id < y.id
        }
    }

    private static func ranks(_ sorted: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
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

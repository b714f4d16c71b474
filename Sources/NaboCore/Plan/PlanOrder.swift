/// The order of the action plan: plan items as numbered ("plan-2" before "plan-10"), then measures
/// outside any plan item by title; within an item, addresses by street and number.
enum PlanOrder {
    /// The measures in plan order. Items and addresses are few beside the measures, so each distinct
    /// one is ranked once and the measures are sorted by numbers, not by comparing text.
    static func sorted(_ measures: [Record], _ replica: Replica) -> [Record] {
        var addressKeys: [String: AddressSortKey] = [:]
        let keys = measures.map(Measure.init).map { measure in
            let id = measure.address ?? ""
            let address = addressKeys[id] ?? {
                let key = replica.record("address", id).map(AddressText.sortKey) ?? AddressSortKey(street: "", number: 0, letter: "", id: id)
                addressKeys[id] = key
                return key
            }()
            return (loose: measure.planItem == nil, item: natural(measure.planItem ?? (measure.title.isEmpty ? measure.id : measure.title)), address: address)
        }
        let itemRank = ranks(Set(keys.map(\.item)).sorted())
        let addressRank = ranks(addressKeys.values.sorted().map(\.id))
        let ranked = keys.indices.map { i in
            (loose: keys[i].loose, item: itemRank[keys[i].item]!, address: addressRank[keys[i].address.id]!, id: measures[i].id)
        }
        return measures.indices.sorted { a, b in
            let x = ranked[a], y = ranked[b]
            if x.loose != y.loose { return !x.loose }
            if x.item != y.item { return x.item < y.item }
            if x.address != y.address { return x.address < y.address }
            return x.id < y.id
        }.map { measures[$0] }
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

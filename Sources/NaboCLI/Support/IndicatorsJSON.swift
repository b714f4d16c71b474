import NaboCore

/// The indicators for a script: `{"periods": [{"label", "from", "to"}], "addresses": [{"id",
/// "name", "counts": {KEY: [value per period]}}]}`, every key present, null where nothing can be said.
enum IndicatorsJSON {
    static func value(_ table: Indicators, _ replica: Replica) -> JSONValue {
        let periods = table.periods.map { p in JSONValue.object(["label": .string(p.label), "from": .string(p.from.iso), "to": .string(p.to.iso)]) }
        let addresses = IndicatorsText.orderedAddresses(table).map { address -> JSONValue in
            var counts: [String: JSONValue] = [:]
            for row in table.rows where row.address == address {
                counts[row.key] = .array(row.values.map { v in v.map { $0 == $0.rounded() ? .int(Int($0)) : .double(($0 * 10).rounded() / 10) } ?? .null })
            }
            return .object(["id": .string(address), "name": .string(AddressText.short(address, in: replica)), "counts": .object(counts)])
        }
        return .object(["periods": .array(periods), "addresses": .array(addresses)])
    }
}

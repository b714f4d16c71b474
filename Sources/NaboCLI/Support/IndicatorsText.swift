import NaboCore

/// The indicators as a person reads them: one table an address, a row for each count that is
/// not zero in every period, a column for each period.
enum IndicatorsText {
    static func lines(_ table: Indicators, _ replica: Replica, _ language: Language) -> [String] {
        var out: [String] = []
        let header = [""] + table.periods.map(\.label)
        for address in orderedAddresses(table) {
            let rows = table.rows.filter { $0.address == address && $0.values.contains { ($0 ?? 0) != 0 } }
            out.append((out.isEmpty ? "" : "\n") + AddressText.short(address, in: replica))
            guard !rows.isEmpty else {
                out.append("  " + Message(nb: "Ingenting talt i periodene.", en: "Nothing counted in the periods.").text(language))
                continue
            }
            let cells = rows.map { row in [label(row.key, language)] + row.values.map(number) }
            let all = [header] + cells
            let widths = header.indices.map { i in all.map { $0[i].count }.max() ?? 0 }
            for line in all {
                let padded = line.enumerated().map { i, cell in i == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[i] - cell.count) + cell }
                out.append(("  " + padded.joined(separator: "  ")).trimmingTrailingSpaces)
            }
        }
        return out
    }

    static func orderedAddresses(_ table: Indicators) -> [String] {
        var seen = Set<String>()
        return table.rows.map(\.address).filter { seen.insert($0).inserted }
    }

    static func label(_ key: String, _ language: Language) -> String {
        EventKind(rawValue: key)?.label.text(language) ?? Indicator(rawValue: key)?.label.text(language) ?? key
    }

    /// Counts as whole numbers, a median or mean with one decimal, nothing as "–".
    static func number(_ value: Double?) -> String {
        guard let value else { return "–" }
        if value == value.rounded() { return String(Int(value)) }
        return String((value * 10).rounded() / 10)
    }
}

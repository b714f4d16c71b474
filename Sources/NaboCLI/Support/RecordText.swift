import NaboCore

/// Records as a table for people: id and the fields that say what the record is.
enum RecordText {
    static func columns(_ type: EntityType) -> [String] {
        switch type {
        case .address: ["street", "number", "letter", "postcode", "city"]
        case .unit: ["number", "address", "status", "rooms"]
        case .resident: ["name", "unit", "phone", "movedIn", "movedOut"]
        case .visit: ["date", "kind", "residents", "unit", "next", "note"]
        case .measure: ["title", "address", "status", "responsible", "due"]
        case .dugnad: ["start", "title", "addresses", "attended"]
        case .input: ["date", "resident", "outcome", "text"]
        case .response: ["round", "resident", "form", "date", "status"]
        case .form: ["name", "version"]
        case .followUp: ["resident", "frequency", "started", "ended", "content"]
        }
    }

    static func sortKey(_ r: Record, _ type: EntityType) -> String {
        switch type {
        case .address: "\(r.string("street") ?? "") \(String(repeating: "0", count: max(0, 5 - (r["number"]?.int.map { String($0) } ?? "").count)))\(r["number"]?.int ?? 0)\(r.string("letter") ?? "")"
        case .unit: "\(r.string("address") ?? "") \(r.string("number") ?? "")"
        case .resident: r.string("name") ?? ""
        case .visit, .input: "\(r.string("date") ?? "") \(r.id)"
        case .measure: "\(r.string("planItem") ?? "~") \(r.string("address") ?? "") \(r.id)"
        case .dugnad: r.string("start") ?? ""
        case .response: "\(r.string("round") ?? "") \(r.id)"
        case .form: r.string("name") ?? ""
        case .followUp: "\(r.string("resident") ?? "") \(r.string("started") ?? "")"
        }
    }

    static func table(_ records: [Record], _ type: EntityType, _ replica: Replica, _ language: Language) -> [String] {
        let cols = columns(type)
        let header = ["id"] + cols.map { FieldLabel.text($0, language) }
        let rows: [[String]] = records.map { r in
            [r.id] + cols.map { c in
                if Schema.field(type, flag: c)?.isSet == true { return r.members(c).joined(separator: ",") }
                let v = r[c] ?? .null
                let s = v.string ?? (v.isNull ? "" : v.jsonText)
                return s.count > 40 ? String(s.prefix(39)) + "…" : s.replacingNewlines
            }
        }
        let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { $0.element + String(repeating: " ", count: widths[$0.offset] - $0.element.count) }
                .joined(separator: "  ").trimmingTrailingSpaces
        }
        return [line(header)] + rows.map(line)
    }
}

extension String {
    var replacingNewlines: String { String(map { $0 == "\n" ? " " : $0 }) }
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

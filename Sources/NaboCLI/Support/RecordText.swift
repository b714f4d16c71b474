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
        case .tenancy: ["resident", "unit", "from", "to"]
        case .event: ["date", "kind", "address", "unit", "resident", "note"]
        case .project: ["name", "baselineStart", "start", "end"]
        case .meeting: ["date", "title", "place", "minutesSent"]
        case .agendaItem: ["meeting", "title", "parked", "minutes"]
        case .activity: ["planned", "done", "title", "responsible"]
        case .notice: ["date", "how", "addresses", "text"]
        case .goal: ["number", "title", "parent", "events"]
        }
    }

    /// Where a record sorts in a list: by a number, then by text; records that tie are put in id
    /// order by the caller.
    struct ListKey: Comparable {
        var number = 0
        var text = ""

        static func < (a: ListKey, b: ListKey) -> Bool { (a.number, a.text) < (b.number, b.text) }
    }

    /// A visit sorts by its local day and minute (`VisitListing`), so half a million visits sort
    /// without a string made for each; other records by text, where dates and times sort as their
    /// stored ISO form does.
    static func sortKey(_ r: Record, _ type: EntityType) -> ListKey {
        type == .visit ? ListKey(number: VisitListing.key(r)) : ListKey(text: sortText(r, type))
    }

    /// Whether `a` lists before `b`: by the list key, then by id in the snapshot's order of ids,
    /// the order every visit streams in (`VisitListing`).
    static func listsBefore(_ a: (key: ListKey, id: String), _ b: (key: ListKey, id: String)) -> Bool {
        a.key != b.key ? a.key < b.key : IDOrder.precedes(a.id, b.id)
    }

    static func listsBefore(_ a: Record, _ b: Record, _ type: EntityType) -> Bool {
        listsBefore((sortKey(a, type), a.id), (sortKey(b, type), b.id))
    }

    private static func sortText(_ r: Record, _ type: EntityType) -> String {
        switch type {
        case .address:
            let a = Address(r)
            let number = a.number.map(String.init) ?? ""
            return "\(a.street) \(String(repeating: "0", count: max(0, 5 - number.count)))\(a.number ?? 0)\(a.letter)"
        case .unit: return "\(HousingUnit(r).address ?? "") \(HousingUnit(r).number)"
        case .resident: return Resident(r).name
        case .visit: return r.string("date") ?? ""
        case .input: return "\(Input(r).date?.iso ?? "") \(r.id)"
        case .measure: return "\(Measure(r).planItem ?? "~") \(Measure.address(of: r) ?? "") \(r.id)"
        case .dugnad: return Dugnad.start(of: r)?.iso ?? ""
        case .response: return "\(SurveyResponse.round(of: r)) \(r.id)"
        case .form: return SurveyForm(r).name
        case .followUp: return "\(FollowUpPlan(r).resident ?? "") \(FollowUpPlan(r).started?.iso ?? "")"
        case .tenancy: return "\(Tenancy(r).resident ?? "") \(Tenancy(r).from?.iso ?? "") \(r.id)"
        case .event: return "\(CountedEvent(r).date?.iso ?? "") \(r.id)"
        case .project: return r.id
        case .meeting, .notice: return "\(r.string("date") ?? "") \(r.id)"
        case .agendaItem: return "\(r.string("meeting") ?? "") \(r.id)"
        case .activity: return "\(r.string("planned") ?? "") \(r.id)"
        case .goal: return Goal(r).sortKey
        }
    }

    static func table(_ records: [Record], _ type: EntityType, _ replica: Replica, _ language: Language) -> [String] {
        let cols = columns(type)
        let header = ["id"] + cols.map { FieldLabel.text($0, language) }
        let rows: [[String]] = records.map { r in
            [r.id] + cols.map { c in
                if Schema.field(type, flag: c)?.isSet == true { return r.members(c).joined(separator: ",") }
                let v = r[c] ?? .null
                let list = v.array.flatMap { a in a.allSatisfy { $0.string != nil } ? a.compactMap(\.string).joined(separator: ", ") : nil }
                let s = v.string ?? list ?? (v.isNull ? "" : v.jsonText)
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

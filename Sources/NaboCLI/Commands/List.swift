import ArgumentParser
import NaboCore
import NaboStore

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List records: addresses, units, residents, visits, measures, dugnads, inputs, responses, forms, conflicts.")

    @Argument(help: "What to list.") var what: String
    @OptionGroup var options: StoreOptions
    @Flag(name: .long, help: "Include deleted records.") var deleted = false
    @Argument(parsing: .allUnrecognized, help: "Filters as --FIELD VALUE (e.g. --address ID --status done).") var filters: [String] = []

    func run() throws {
        try options.run { () throws(Message) in
            let store = try options.open(readOnly: true)
            defer { store.saveSnapshotIfStale() }
            if what == "conflicts" { return printConflicts(store) }
            guard let type = EntityType(name: what) else {
                throw Message(nb: "Kan ikke liste «\(what)». Velg addresses, units, residents, visits, measures, dugnads, inputs, responses, forms eller conflicts.",
                              en: "Cannot list “\(what)”. Choose addresses, units, residents, visits, measures, dugnads, inputs, responses, forms or conflicts.")
            }
            let filter = try FieldFlags.edit(type, filters)
            let records = store.replica.records(type.rawValue)
                .filter { (deleted || !$0.isDeleted) && matches($0, filter) }
                .sorted { RecordText.sortKey($0, type) < RecordText.sortKey($1, type) }
            if options.json {
                Output.jsonArray(records.map { RecordJSON.pairs($0, type) })
            } else {
                for line in RecordText.table(records, type, store.replica, options.language) { Output.line(line) }
            }
        }
    }

    func matches(_ r: Record, _ filter: Edit) -> Bool {
        for (field, value) in filter.values where r[field]?.string.map({ $0.lowercased() }) != value.lowercased()
            && r[field].map({ $0.jsonText }) != value {
            return false
        }
        for (field, values) in filter.additions where !values.allSatisfy({ r.members(field).contains($0) }) {
            return false
        }
        return true
    }

    func printConflicts(_ store: Store) {
        let all = Conflicts.all(in: store.replica)
        if options.json {
            Output.jsonArray(all.map(ConflictJSON.pairs))
        } else if all.isEmpty {
            Output.line(Message(nb: "Ingen konflikter.", en: "No conflicts.").text(options.language))
        } else {
            for c in all {
                let values = c.values.map { "\($0.value.jsonText) (\($0.author ?? "?"))" }.joined(separator: " / ")
                Output.line("\(c.type) \(c.id) \(c.field ?? "deleted"): \(values)")
            }
        }
    }
}

enum ConflictJSON {
    static func pairs(_ c: Conflict) -> [(String, JSONValue)] {
        [("type", .string(c.type)), ("id", .string(c.id)), ("field", c.field.map { .string($0) } ?? .null),
         ("values", .array(c.values.map { .object(["value": $0.value, "author": $0.author.map { .string($0) } ?? .null, "op": .string($0.op.description)]) }))]
    }
}

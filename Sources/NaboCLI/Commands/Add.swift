import ArgumentParser
import NaboCore
import NaboStore

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a record: nabo add TYPE --FIELD VALUE ...",
        discussion: "TYPE is address, unit, resident, visit, measure, dugnad, input, response, form or followup; nabo add TYPE --help lists its fields. Example: nabo add visit --resident ID --date 2026-11-22 --kind home-visit --note TEXT --next 2026-12-06")

    @Argument(help: ArgumentHelp("What to add; nabo add TYPE --help lists its fields.", valueName: "type")) var typeName: String
    @OptionGroup var options: StoreOptions
    @Option(name: .long, help: "For forms: read the form from this JSON file.") var file: String?
    @Argument(parsing: .allUnrecognized, help: "--FIELD VALUE pairs.") var fields: [String] = []

    func run() throws {
        try options.run { () throws(Message) in
            let type = try ClosedSet.recordType(typeName)
            var edit = try FieldFlags.edit(type, fields, options: StoreOptions.names + ["file"])
            if let file { edit = try FormFile.edit(file, adding: edit) }
            let store = try options.open()
            defer { store.saveSnapshotIfStale() }
            let ops = try store.commit(.add(type, edit), now: try options.now())
            guard let id = ops.first?.entity, let record = store.replica.record(type.rawValue, id) else { return }
            if options.json { Output.json(pairs: RecordJSON.pairs(record, type)) } else { Output.line(id) }
        }
    }
}

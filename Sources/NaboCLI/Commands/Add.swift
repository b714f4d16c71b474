import ArgumentParser
import NaboCore
import NaboStore

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a record: nabo add TYPE --FIELD VALUE ...",
        discussion: "TYPE is one of " + EntityType.allCases.map(\.rawValue).joined(separator: ", ") + "; nabo add TYPE --help lists its fields. Example: nabo add visit --resident ID --date 2026-11-22 --kind home-visit --note TEXT --next 2026-12-06")

    @Argument(help: ArgumentHelp("What to add; nabo add TYPE --help lists its fields.", valueName: "type")) var typeName: String
    @OptionGroup var options: StoreOptions
    @Option(name: .long, help: "For forms: read the form from this JSON file.") var file: String?
    @Flag(name: .long, help: "For responses: replace the resident's complete response in the same round (it is deleted, and can be restored).")
    var replace = false
    @Argument(parsing: .allUnrecognized, help: "--FIELD VALUE pairs.") var fields: [String] = []

    func run() throws {
        try options.run { () throws(Message) in
            let type = try ClosedSet.recordType(typeName)
            var edit = try FieldFlags.edit(type, fields, options: StoreOptions.names + ["file", "replace"])
            if let file { edit = try FormFile.edit(file, adding: edit) }
            if replace, type != .response {
                throw Message(nb: "--replace gjelder bare kartleggingssvar (response).", en: "--replace applies only to survey responses (response).")
            }
            let store = try options.open()
            defer { store.saveSnapshotIfStale() }
            var change = Change.add(type, edit)
            if replace { change = SurveyResponse.replacingEarlier(change, in: store.replica, today: try options.today(store)) }
            let ops = try store.commit(change, now: try options.now())
            // With --replace the earlier response's deletion comes first; the new record is the last step.
            guard let id = ops.last?.entity, let record = store.replica.record(type.rawValue, id) else { return }
            if options.json { Output.json(pairs: RecordJSON.pairs(record, type)) } else { Output.line(id) }
        }
    }
}

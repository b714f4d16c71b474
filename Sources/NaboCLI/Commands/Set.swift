import ArgumentParser
import NaboCore
import NaboStore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of a record: nabo set TYPE ID --FIELD VALUE ... (--not-FIELD VALUE removes from a set).")

    @Argument(help: "The record type.") var type: EntityType
    @Argument(help: "The record id.") var id: String
    @OptionGroup var options: StoreOptions
    @Argument(parsing: .allUnrecognized, help: "--FIELD VALUE pairs.") var fields: [String] = []

    func run() throws {
        try options.run { () throws(Message) in
            let edit = try FieldFlags.edit(type, fields)
            guard !edit.isEmpty else {
                throw Message(nb: "Ingenting å endre: oppgi minst ett felt, som --status done.", en: "Nothing to change: give at least one field, like --status done.")
            }
            let store = try options.open()
            defer { store.saveSnapshotIfStale() }
            let ops = try store.commit(.set(type, id: id, edit))
            guard let record = store.replica.record(type.rawValue, id) else { return }
            if options.json {
                Output.json(pairs: RecordJSON.pairs(record, type))
            } else {
                Output.line(ops.isEmpty ? Message(nb: "Uendret: \(id)", en: "Unchanged: \(id)").text(options.language) : id)
            }
        }
    }
}

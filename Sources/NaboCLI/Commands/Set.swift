import ArgumentParser
import NaboCore
import NaboStore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of a record: nabo set TYPE ID --FIELD VALUE ... (--not-FIELD VALUE removes from a set).",
        discussion: "For a dugnad, --notice-sent DATE --notice-how posted|sms|email|other [--notice-note TEXT] records that the notice went out.")

    @Argument(help: ArgumentHelp("The record type; nabo set TYPE --help lists its fields.", valueName: "type")) var typeName: String
    @Argument(help: "The record id.") var id: String
    @OptionGroup var options: StoreOptions
    @OptionGroup var notices: NoticeOptions
    @Argument(parsing: .allUnrecognized, help: "--FIELD VALUE pairs.") var fields: [String] = []

    func validate() throws {
        try options.run { () throws(Message) in _ = try notices.notice(for: try ClosedSet.recordType(typeName)) }
    }

    func run() throws {
        try options.run { () throws(Message) in
            let type = try ClosedSet.recordType(typeName)
            let notice = try notices.notice(for: type)
            var edit = try FieldFlags.edit(type, fields, options: StoreOptions.names + ["notice-sent", "notice-how", "notice-note"])
            guard !edit.isEmpty || notice != nil else {
                throw Message(nb: "Ingenting å endre: oppgi minst ett felt, som --status done.", en: "Nothing to change: give at least one field, like --status done.")
            }
            let store = try options.open()
            defer { store.saveSnapshotIfStale() }
            if let notice {
                guard edit.values["notices"] == nil else {
                    throw Message(nb: "Bruk enten --notices eller --notice-sent, ikke begge.", en: "Use either --notices or --notice-sent, not both.")
                }
                guard let record = store.replica.live(type.rawValue, id) else {
                    throw Message(nb: "Fant ingen dugnad med id \(id).", en: "No dugnad with id \(id).")
                }
                edit.values.merge(DugnadNoticeLog.edit(appending: notice, to: record).values) { _, new in new }
            }
            let ops = try store.commit(.set(type, id: id, edit), now: try options.now())
            guard let record = store.replica.record(type.rawValue, id) else { return }
            if options.json {
                Output.json(pairs: RecordJSON.pairs(record, type))
            } else {
                Output.line(ops.isEmpty ? Message(nb: "Uendret: \(id)", en: "Unchanged: \(id)").text(options.language) : id)
            }
        }
    }
}

import ArgumentParser
import NaboCore
import NaboStore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of a record: nabo set TYPE ID --FIELD VALUE ... (--not-FIELD VALUE removes from a set).",
        discussion: "For a dugnad, --notice-sent DATE --notice-how posted|sms|email|other [--notice-note TEXT] records that the notice went out.")

    @Argument(help: ArgumentHelp("The record type; nabo set TYPE --help lists its fields.", valueName: "type")) var typeName: String
    @OptionGroup var options: StoreOptions
    @OptionGroup var notices: NoticeOptions
    /// The id first (none for the project, of which there is one), then `--FIELD VALUE` pairs: one
    /// list, since an optional id before unrecognized options is not parsed as one.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The record id (none for the project), then --FIELD VALUE pairs.", valueName: "id"))
    var arguments: [String] = []

    var givenID: String? { arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } }
    var fields: [String] { givenID == nil ? arguments : Array(arguments.dropFirst()) }

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
            let id = try recordID(type)
            if let notice {
                guard edit.values["notices"] == nil else {
                    throw Message(nb: "Bruk enten --notices eller --notice-sent, ikke begge.", en: "Use either --notices or --notice-sent, not both.")
                }
                guard let record = store.replica.live(type.rawValue, id) else {
                    throw Message(nb: "Fant ingen dugnad med id \(id).", en: "No dugnad with id \(id).")
                }
                edit.values.merge(DugnadNoticeLog.edit(appending: notice, to: record).values) { _, new in new }
            }
            // The one project is made by its first `set`.
            let change: Change = type.singletonID != nil && store.replica.live(type.rawValue, id) == nil ? .add(type, edit) : .set(type, id: id, edit)
            let ops = try store.commit(change, now: try options.now())
            guard let record = store.replica.record(type.rawValue, id) else { return }
            if options.json {
                Output.json(pairs: RecordJSON.pairs(record, type))
            } else {
                Output.line(ops.isEmpty ? Message(nb: "Uendret: \(id)", en: "Unchanged: \(id)").text(options.language) : id)
            }
        }
    }

    /// The id given, or the one of a type kept once.
    func recordID(_ type: EntityType) throws(Message) -> String {
        if let only = type.singletonID {
            guard givenID == nil || givenID == only else {
                throw Message(nb: "Det er bare ett \(type.nameNb): nabo set \(type.rawValue) --FELT VERDI, uten id.",
                              en: "There is one \(type.nameEn) only: nabo set \(type.rawValue) --FIELD VALUE, without an id.")
            }
            return only
        }
        guard let givenID else {
            throw Message(nb: "Skriv hvilken post som skal endres: nabo set \(type.rawValue) ID --FELT VERDI.",
                          en: "Name the record to change: nabo set \(type.rawValue) ID --FIELD VALUE.")
        }
        return givenID
    }
}

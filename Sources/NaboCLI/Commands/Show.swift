import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one record: nabo show TYPE ID; nabo show form --template prints a form file to start from.")

    @Argument(help: ArgumentHelp("The record type.", valueName: "type")) var typeName: String
    @Argument(help: "The record id.") var id: String?
    @Flag(name: .long, help: "With form and no id: print the built-in survey form as a file for nabo add form --file.") var template = false
    @OptionGroup var options: StoreOptions

    /// Before the store is opened, so a wrong type is not preceded by a passphrase prompt.
    func validate() throws {
        try options.run { () throws(Message) in
            let type = try ClosedSet.recordType(typeName)
            guard template ? type == .form && id == nil : id != nil else {
                throw Message(nb: "Gi en id: nabo show \(type.rawValue) ID (eller nabo show form --template).",
                              en: "Give an id: nabo show \(type.rawValue) ID (or nabo show form --template).")
            }
        }
    }

    func run() throws {
        if template { return Output.json(pairs: StoreSetup.formTemplate) }
        guard let id else { return }
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let type = try ClosedSet.recordType(typeName)
            guard let record = store.replica.record(type.rawValue, id) else {
                throw Messages.noSuchRecord(type, id)
            }
            var pairs = RecordJSON.pairs(record, type)
            if record.isDeleted { pairs.append(("deleted", .bool(true))) }
            let belongings = Belongings.of(id, type, in: store.replica)
            if options.json {
                Output.json(pairs: pairs + belongings.map { ($0.type.plural, .array($0.records.map { .string($0.id) })) })
            } else {
                let width = pairs.map(\.0.count).max() ?? 0
                for (k, v) in pairs {
                    let text = v.string ?? (v.isNull ? "" : v.jsonText)
                    Output.line(k.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + text)
                }
                // What belongs to the record follows as `nabo list` shows it, under the list's name.
                for (kind, records) in belongings {
                    Output.line("")
                    Output.line(kind.plural + ":")
                    let sorted = records.sorted { RecordText.listsBefore($0, $1, kind) }
                    for line in RecordText.table(sorted, kind, store.replica, options.language) { Output.line("  " + line) }
                }
            }
        }
    }
}

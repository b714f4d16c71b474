import ArgumentParser
import NaboCore
import NaboStore

struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Delete a record (kept in its history; --restore brings it back).")

    @Argument(help: ArgumentHelp("The record type.", valueName: "type")) var typeName: String
    @Argument(help: "The record id.") var id: String
    @Flag(name: .long, help: "Undo an earlier delete.") var restore = false
    @OptionGroup var options: StoreOptions

    /// Before the store is opened, so a wrong type is not preceded by a passphrase prompt.
    func validate() throws {
        try options.run { () throws(Message) in _ = try ClosedSet.recordType(typeName) }
    }

    func run() throws {
        try options.withStore { (store) throws(Message) in
            let type = try ClosedSet.recordType(typeName)
            try store.commit(restore ? .restore(type, id: id) : .delete(type, id: id), now: try options.now())
            if options.json {
                Output.json(pairs: [("id", .string(id)), ("deleted", .bool(!restore))])
            } else {
                Output.line(id)
            }
        }
    }
}

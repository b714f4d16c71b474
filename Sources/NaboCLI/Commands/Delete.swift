import ArgumentParser
import NaboCore
import NaboStore

struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Delete a record (kept in its history; --restore brings it back).")

    @Argument(help: "The record type.") var type: EntityType
    @Argument(help: "The record id.") var id: String
    @Flag(name: .long, help: "Undo an earlier delete.") var restore = false
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore { (store) throws(Message) in
            try store.commit(restore ? .restore(type, id: id) : .delete(type, id: id), now: try options.now())
            if options.json {
                Output.json(pairs: [("id", .string(id)), ("deleted", .bool(!restore))])
            } else {
                Output.line(id)
            }
        }
    }
}

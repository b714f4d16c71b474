import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Who changed what, and when, for one record.")

    @Argument(help: ArgumentHelp("The record type.", valueName: "type")) var typeName: String
    @Argument(help: "The record id.") var id: String
    @OptionGroup var options: StoreOptions

    /// Before the store is opened, so a wrong type is not preceded by a passphrase prompt.
    func validate() throws {
        try options.run { () throws(Message) in _ = try ClosedSet.recordType(typeName) }
    }

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let type = try ClosedSet.recordType(typeName)
            let ops = try store.history(type.rawValue, id)
            guard !ops.isEmpty else {
                throw Messages.noSuchRecord(type, id)
            }
            let language = options.language
            let name = { (field: String, value: String) in ReferenceName.of(type, field: field, value: value, in: store.replica)?.text(language) }
            let items: [[(String, JSONValue)]] = ops.map { op in
                var p: [(String, JSONValue)] = [("op", .string(op.id.description)), ("at", .string(Timestamp.iso(op.wallMillis))),
                                                ("by", .string(op.author))]
                if !op.writes.isEmpty { p.append(("set", .object(Dictionary(op.writes.map { ($0.field, $0.value) }, uniquingKeysWith: { _, b in b })))) }
                let adds = op.setChanges.filter(\.isAddition), rems = op.setChanges.filter { !$0.isAddition }
                if !adds.isEmpty { p.append(("add", .array(adds.map { .string("\($0.field) \($0.element)") }))) }
                if !rems.isEmpty { p.append(("remove", .array(rems.map { .string("\($0.field) \($0.element)") }))) }
                if let d = op.deletion { p.append((d.restore ? "restored" : "deleted", .bool(true))) }
                // Beside the ids, never instead of them: a script goes on from an id.
                let named = op.writes.compactMap { w in w.value.string.flatMap { v in name(w.field, v).map { (v, JSONValue.string($0)) } } }
                    + op.setChanges.compactMap { c in name(c.field, c.element).map { (c.element, JSONValue.string($0)) } }
                if !named.isEmpty { p.append(("names", .object(Dictionary(named, uniquingKeysWith: { a, _ in a })))) }
                return p
            }
            if options.json { return Output.jsonArray(items) }
            // A person reads the name; the id stays after it, as the other commands take ids.
            let shown = { (field: String, value: String) in name(field, value).map { "\($0) (\(value))" } ?? value }
            for op in ops {
                var parts = op.writes.map { w in "\(w.field)=" + (w.value.string.map { shown(w.field, $0) } ?? w.value.jsonText) }
                parts += op.setChanges.map { ($0.isAddition ? "+" : "-") + "\($0.field) " + shown($0.field, $0.element) }
                if let d = op.deletion { parts.append(d.restore ? "restored" : "deleted") }
                Output.line("\(Timestamp.iso(op.wallMillis))  \(op.author)  " + parts.joined(separator: ", "))
            }
        }
    }
}

/// When a line was written, by its writer's wall clock (`Op.wallMillis`), not the ordering clock.
enum Timestamp {
    static func iso(_ millis: Int64) -> String {
        let f = ISO8601DateFormatter()
        return f.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
    }
}

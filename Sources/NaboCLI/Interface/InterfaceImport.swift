import Foundation
import NaboCore
import NaboStore
import NaboTUI

/// `:import FILE` carried out. The sheet is read and planned for the preview and its rows are kept
/// until the worker answers, so what is imported is the sheet that was shown even if the file
/// changes meanwhile; it is planned again against the data as it is then, and saved through the
/// session's log, so `u` undoes it.
struct InterfaceImport {
    private var pending: (path: String, file: SheetFile)?

    mutating func preview(_ path: String, store: Store, now: Date, environment: [String: String]) throws(Message) -> ImportPreview {
        pending = nil
        let file = try SheetFile.read(Self.expanded(path, environment: environment))
        let outcome = try StockImport.plan(rows: file.rows, replica: store.replica, context: try store.context(now: now), erased: store.erasedPeople)
        pending = (path, file)
        return ImportPreview(path: path, file: file.name, lines: outcome.summary(file: file.name, dryRun: true),
                             refused: outcome.refusals.count, changes: !outcome.ops.isEmpty)
    }

    mutating func save(_ path: String, store: Store, saves: inout SaveLog, now: Date, language: Language) throws(Message) -> Message {
        guard let pending, pending.path == path else {
            throw Message(nb: "Arket er ikke lest; skriv :importer \(path) igjen.", en: "The sheet has not been read; type :import \(path) again.")
        }
        self.pending = nil
        let context = try store.context(now: now)
        let outcome = try StockImport.plan(rows: pending.file.rows, replica: store.replica, context: context, erased: store.erasedPeople)
        var said: [Message] = []
        if outcome.ops.isEmpty {
            said.append(StockImport.nothingToChange)
        } else {
            let done = outcome.done(file: pending.file.name)
            try saves.saveImport(outcome, from: pending.file, in: store, context: context, done: done)
            said.append(Message(nb: done.nb + " u angrer.", en: done.en + " u undoes it."))
        }
        if !outcome.refusals.isEmpty { said.append(try pending.file.writeRefused(outcome, language)) }
        return Message(nb: said.map(\.nb).joined(separator: " "), en: said.map(\.en).joined(separator: " "))
    }

    /// `~/` is the worker's home, as in the shell they would have typed it in.
    static func expanded(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}

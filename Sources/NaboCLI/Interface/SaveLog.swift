import Foundation
import NaboCore
import NaboStore

/// Saves the interface's changes and remembers how to take each back, for `u`. The undo is worked
/// out before the change is written, from the state it replaces.
struct SaveLog {
    /// `isImport`: an import `nabo import --undo` would also take back, forgotten there once undone here.
    private var undoable: [(change: Change, label: Message, isImport: Bool)] = []

    mutating func save(_ change: Change, done: Message, in store: Store, now: Date) throws(Message) -> Message {
        let ops = try Planner.plan(change, in: store.replica, context: try store.context(now: now))
        let undo = Undo.change(undoing: ops, before: store.replica)
        try store.append(ops)
        if let undo { undoable.append((undo, done, false)) }
        return done
    }

    /// An import, planned already and kept for `nabo import --undo` too.
    mutating func saveImport(_ outcome: StockImport.Outcome, from file: SheetFile, in store: Store, context: Context, done: Message) throws(Message) {
        let undo = Undo.change(undoing: outcome.ops, before: store.replica)
        try file.save(outcome, in: store, context: context)
        if let undo { undoable.append((undo, done, true)) }
    }

    mutating func undo(in store: Store, now: Date) throws(Message) -> Message {
        guard let last = undoable.popLast() else {
            throw Message(nb: "Ingenting å angre i denne økten.", en: "Nothing to undo in this session.")
        }
        do throws(Message) {
            let ops = try Planner.plan(last.change, in: store.replica, context: try store.context(now: now))
            try store.append(ops)
        } catch {
            undoable.append(last)
            throw error
        }
        if last.isImport { store.forgetImport() }
        return Message(nb: "Angret: «\(Self.firstSentence(last.label.nb))» gjelder ikke lenger.",
                       en: "Undone: “\(Self.firstSentence(last.label.en))” no longer holds.")
    }

    /// What the save did, without what its message said to do next ("u undoes it", "the form is
    /// ready"), which an undo would make wrong.
    static func firstSentence(_ text: String) -> String {
        guard let end = text.range(of: ". ") else { return text }
        return String(text[..<end.lowerBound]) + "."
    }
}

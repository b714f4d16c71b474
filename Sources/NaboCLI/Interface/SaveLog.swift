import Foundation
import NaboCore
import NaboStore

/// Saves the interface's changes and remembers how to take each back, for `u`. The undo is worked
/// out before the change is written, from the state it replaces.
struct SaveLog {
    private var undoable: [(change: Change, label: Message)] = []

    mutating func save(_ change: Change, done: Message, in store: Store, now: Date) throws(Message) -> Message {
        let ops = try Planner.plan(change, in: store.replica, context: try store.context(now: now))
        let undo = Undo.change(undoing: ops, before: store.replica)
        try store.append(ops)
        if let undo { undoable.append((undo, done)) }
        return done
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

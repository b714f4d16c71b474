import Foundation
import NaboCore
import NaboStore
import NaboTUI

/// Keeps the draft file in step with what is typed: a change is written at most half a second
/// after it was made (so within a second of the last keystroke, however fast the typing), the
/// file goes once no form is open, and whatever is pending is written on the way out.
struct DraftKeeper {
    static let delay = 0.5

    let store: Store
    private var written: FormDraft?
    private var pending: FormDraft?
    private var due: Date?
    private var onDisk: Bool

    init(store: Store, found: Bool) {
        self.store = store
        onDisk = found
    }

    /// After each key: the draft the state holds now. Nothing is touched while a draft found at
    /// start is still offered.
    mutating func track(_ state: AppState, directory: Directory, now: LocalDateTime) {
        guard state.offeredDraft == nil else { return }
        guard let draft = FormDraft(state, directory: directory, now: now) else {
            pending = nil
            due = nil
            written = nil
            if onDisk { store.removeDraft() }
            onDisk = false
            return
        }
        guard !draft.sameWork(as: pending ?? written) else { return }
        pending = draft
        if due == nil { due = Date().addingTimeInterval(Self.delay) }
    }

    /// How long the key loop may wait before the pending draft is due; nil when none is pending.
    func timeoutMilliseconds() -> Int? {
        due.map { max(0, Int($0.timeIntervalSinceNow * 1000)) }
    }

    /// Writes the pending draft, if one is due or `now` is asked for; the reason if it failed.
    mutating func flush(force: Bool = false) -> Message? {
        guard let draft = pending, let due, force || due <= Date() else { return nil }
        pending = nil
        self.due = nil
        do throws(Message) {
            try store.writeDraft(draft.json)
            written = draft
            onDisk = true
            return nil
        } catch {
            return Message(nb: "Utkastet kunne ikke lagres: \(error.nb)", en: "The draft could not be kept: \(error.en)")
        }
    }
}

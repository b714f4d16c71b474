import NaboCore

/// The answer to "Continue?" when a start finds a draft.
public enum DraftAnswer: Hashable, Sendable {
    case continued
    case discarded
}

/// A draft found at start, offered back as an editor offers its swap file: `y` opens the form or
/// survey again with everything typed, `n` throws it away. It touches every feature's state at
/// once (the places, a form, a survey), so it is answered here rather than in one feature.
enum DraftOffer {
    static func answer(_ state: inout AppState, _ answer: DraftAnswer, directory: Directory) {
        guard let draft = state.offeredDraft else { return }
        state.offeredDraft = nil
        switch answer {
        case .continued:
            guard let restored = draft.restored(into: state, directory: directory) else {
                state.message = StatusMessage(.warning, DraftText.gone)
                return
            }
            state = restored
            state.message = StatusMessage(.info, DraftText.continued)
        case .discarded:
            state.message = StatusMessage(.info, DraftText.discarded)
        }
    }

    /// The question at start, naming what was being typed, for whom, and when.
    static func question(_ draft: FormDraft, directory: Directory, today: CalendarDate) -> Message {
        let name = draft.resident.flatMap { directory.resident($0)?.name }
        let at = DraftText.when(CalendarDate(draft.day), minutes: draft.minutes, today: today)
        let what: Message = if draft.visit != nil {
            DraftText.visit(name)
        } else if draft.survey != nil {
            DraftText.survey(name)
        } else {
            DraftText.form(name)
        }
        return DraftText.offer(what, at)
    }
}

extension AppState {
    /// A draft found at start, waiting for the worker's answer: the message line asks.
    public mutating func offer(_ draft: FormDraft, directory: Directory, today: CalendarDate) {
        offeredDraft = draft
        message = StatusMessage(.warning, DraftOffer.question(draft, directory: directory, today: today))
    }
}

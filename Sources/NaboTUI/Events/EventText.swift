import NaboCore

/// The words of counted events in the interface.
enum EventText {
    static let title = Message(nb: "Ny hendelse", en: "New event")
    static let noteLabel = Message(nb: "Notat", en: "Note")
    static let hint = Message(nb: "↑↓ velger type · Ctrl-S lagrer · Esc avbryter", en: "↑↓ choose the kind · Ctrl-S saves · Esc cancels")
    static let helpRecord = Message(nb: "Tell en hendelse her (naboklage, restanse, henvendelse til Byggdrift, ...)",
                                    en: "Count an event here (neighbour complaint, arrears, request to Byggdrift, ...)")

    static func saved(_ kind: String, _ place: String) -> Message {
        Message(nb: "\(VocabularyLabel.text(kind, .nb)) er talt ved \(place).", en: "\(VocabularyLabel.text(kind, .en)) is counted at \(place).")
    }
}

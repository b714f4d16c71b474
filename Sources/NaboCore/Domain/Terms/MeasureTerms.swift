/// A measure's way from idea to done, in the order the board's columns show it.
public enum MeasureStatus: String, Term {
    case notStarted = "not-started", toAssess = "to-assess", waiting, ordered, inProgress = "in-progress", done
    public static let fallback = MeasureStatus.notStarted

    public var words: TermWords {
        switch self {
        // As the report's "plan / status" column says it.
        case .notStarted: TermWords(Message(nb: "Ikke startet", en: "Not started"), symbol: "○")
        case .toAssess: TermWords(Message(nb: "Vurderes ved befaring", en: "To be assessed at inspection"),
                                  word: Message(nb: "vurderes", en: "to assess"), symbol: "?")
        case .waiting: TermWords(Message(nb: "Venter på forutsetning", en: "Waiting for a precondition"),
                                 word: Message(nb: "venter", en: "waiting"), symbol: "…")
        case .ordered: TermWords(Message(nb: "Bestilt", en: "Ordered"), symbol: "◇")
        case .inProgress: TermWords(Message(nb: "Pågår", en: "Under way"), symbol: "◐")
        case .done: TermWords(Message(nb: "Utført", en: "Done"), symbol: "✓")
        }
    }
}

/// What a measure is about: the defects a project worker notes.
public enum MeasureCategory: String, Term {
    case lock, storageRoom = "storage-room", doorbell, stairwell, laundryRoom = "laundry-room", attic, fuseBox = "fuse-box",
         paint, rubbish, pest, other
    public static let fallback = MeasureCategory.other

    public var words: TermWords {
        switch self {
        case .lock: TermWords(Message(nb: "Lås og beslag", en: "Locks and fittings"))
        case .storageRoom: TermWords(Message(nb: "Bod", en: "Storage room"))
        case .doorbell: TermWords(Message(nb: "Ringeklokke", en: "Doorbell"))
        case .stairwell: TermWords(Message(nb: "Trappeoppgang", en: "Stairwell"))
        case .laundryRoom: TermWords(Message(nb: "Vaskerom", en: "Laundry room"))
        case .attic: TermWords(Message(nb: "Loft", en: "Attic"))
        case .fuseBox: TermWords(Message(nb: "Sikringsskap", en: "Fuse box"))
        case .paint: TermWords(Message(nb: "Maling", en: "Painting"))
        case .rubbish: TermWords(Message(nb: "Avfall", en: "Rubbish"))
        case .pest: TermWords(Message(nb: "Skadedyr", en: "Pests"))
        case .other: TermWords(Message(nb: "Annet", en: "Other"))
        }
    }
}

/// Who carries a measure out; most often the municipality's building operations.
public enum Responsible: String, Term {
    case byggdrift, project, resident, other
    public static let fallback = Responsible.byggdrift

    public var words: TermWords {
        switch self {
        // The word is short enough for a card on the board.
        case .byggdrift: TermWords(Message(nb: "Byggdrift", en: "Byggdrift (building operations)"), word: Message(nb: "Byggdrift", en: "Byggdrift"))
        case .project: TermWords(Message(nb: "Prosjektet", en: "The project"), word: Message(nb: "Prosjektet", en: "Project"))
        case .resident: TermWords(Message(nb: "Beboer", en: "Resident"), word: Message(nb: "Beboer", en: "Resident"))
        case .other: TermWords(Message(nb: "Annet", en: "Other"), word: Message(nb: "Annet", en: "Other"))
        }
    }
}

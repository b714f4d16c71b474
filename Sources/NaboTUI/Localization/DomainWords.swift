import NaboCore

/// Words for the open-measure flags of the address tables; the vocabularies' words are in their
/// term tables (`Term`).
public enum DomainWords {
    /// The letter a flag column shows for an open measure: the initial of its word in the language.
    public static func flagLetter(_ flag: OpenFlags) -> Message {
        switch flag {
        case .lock: Message(nb: "L", en: "L")
        case .storageRoom: Message(nb: "B", en: "S")
        default: Message(nb: "R", en: "D")
        }
    }

    public static func flagName(_ flag: OpenFlags) -> Message {
        switch flag {
        case .lock: Message(nb: "lås", en: "lock")
        case .storageRoom: Message(nb: "bod", en: "storage room")
        default: Message(nb: "ringeklokke", en: "doorbell")
        }
    }
}

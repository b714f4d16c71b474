import NaboCore

/// The stored vocabulary (English kebab-case in files and scripts) in the words each interface
/// language uses for it.
public enum DomainWords {
    public static func unitStatus(_ value: String) -> Message {
        switch value {
        case "let": Message(nb: "utleid", en: "let")
        case "vacant": Message(nb: "ledig", en: "vacant")
        case "awaiting-repair": Message(nb: "venter på reparasjon", en: "awaiting repair")
        case "occupied-without-contract": Message(nb: "bebodd uten kontrakt", en: "occupied, no contract")
        default: Message(nb: value, en: value)
        }
    }

    public static func visitKind(_ value: String) -> Message {
        switch value {
        case "home-visit": Message(nb: "hjemmebesøk", en: "home visit")
        case "not-at-home": Message(nb: "ikke hjemme", en: "not at home")
        case "inspection": Message(nb: "befaring", en: "inspection")
        case "phone": Message(nb: "telefon", en: "phone call")
        case "meeting": Message(nb: "møte", en: "meeting")
        default: Message(nb: value, en: value)
        }
    }

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

/// The sentences the rules say when a change cannot be made. They name no person: error text may end
/// up in a terminal scrollback or a script's log.
public enum Messages {
    public static func noSuchRecord(_ type: EntityType, _ id: String) -> Message {
        Message(nb: "Fant ingen \(type.nameNb) med id \(id).", en: "No \(type.nameEn) with id \(id).")
    }

    static func notDeleted(_ type: EntityType, _ id: String) -> Message {
        Message(nb: "\(type.nameNb.capitalizedFirst) \(id) er ikke slettet.", en: "\(type.nameEn.capitalizedFirst) \(id) is not deleted.")
    }

    /// "Cannot delete: the address has 3 units: H0101, H0102, H0201; 1 measure: Låse loftet." Every
    /// dependent is named, up to a bound per type, so the worker knows what to move or delete first.
    static func inUse(_ type: EntityType, by users: [(EntityType, [Message])]) -> Message {
        let shown = 20
        func list(_ language: Language) -> String {
            users.map { other, names in
                let words = other.countWords(names.count)
                let named = names.prefix(shown).map { $0.text(language) }.joined(separator: ", ")
                let more = names.count > shown ? (language == .nb ? " og \(names.count - shown) til" : " and \(names.count - shown) more") : ""
                return (language == .nb ? words.nb : words.en) + ": " + named + more
            }.joined(separator: "; ")
        }
        return Message(nb: "Kan ikke slette: \(type.definiteNb) har \(list(.nb)).", en: "Cannot delete: the \(type.nameEn) has \(list(.en)).")
    }

    static func singletonExists(_ type: EntityType) -> Message {
        Message(nb: "Det finnes allerede \(type.definiteNb); endre det med nabo set \(type.rawValue).",
                en: "There is already one \(type.nameEn); change it with nabo set \(type.rawValue).")
    }

    static func unknownField(_ type: EntityType, _ flag: String) -> Message {
        let names = Schema.fields(type).map(\.name).joined(separator: ", ")
        return Message(nb: "\(type.nameNb.capitalizedFirst) har ikke feltet «\(flag)». Feltene er: \(names).",
                       en: "\(type.nameEnWithArticle.capitalizedFirst) has no field “\(flag)”. The fields are: \(names).")
    }

    static func missing(_ type: EntityType, _ field: String) -> Message {
        Message(nb: "Mangler \(FieldLabel.text(field, .nb)) for \(type.nameNb).", en: "Missing \(FieldLabel.text(field, .en)) for the \(type.nameEn).")
    }

    static func unknownReference(_ type: EntityType, _ id: String) -> Message {
        Message(nb: "Fant ingen \(type.nameNb) med id \(id).", en: "No \(type.nameEn) with id \(id).")
    }
}

extension String {
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

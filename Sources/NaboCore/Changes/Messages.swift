/// The sentences the rules say when a change cannot be made. They name no person: error text may end
/// up in a terminal scrollback or a script's log.
enum Messages {
    static func noSuchRecord(_ type: EntityType, _ id: String) -> Message {
        Message(nb: "Fant ingen \(type.nameNb) med id \(id).", en: "No \(type.nameEn) with id \(id).")
    }

    static func notDeleted(_ type: EntityType, _ id: String) -> Message {
        Message(nb: "\(type.nameNb.capitalizedFirst) \(id) er ikke slettet.", en: "\(type.nameEn.capitalizedFirst) \(id) is not deleted.")
    }

    static func inUse(_ type: EntityType, by user: (EntityType, String)) -> Message {
        Message(nb: "Kan ikke slette: \(user.0.nameNb) \(user.1) viser fortsatt til denne \(type.nameNb).",
                en: "Cannot delete: \(user.0.nameEn) \(user.1) still refers to this \(type.nameEn).")
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

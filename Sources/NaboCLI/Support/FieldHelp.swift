import NaboCore

/// `nabo add TYPE --help` (and `set`, `list`): the record type's fields from the schema, with what
/// each takes, in the worker's language. ArgumentParser cannot list them: they are not its options.
enum FieldHelp {
    /// The flag for a field, in the kebab-case the README uses (`movedIn` is `--moved-in`).
    static func flag(_ name: String) -> String {
        name.reduce(into: "") { out, c in out += c.isUppercase ? "-" + c.lowercased() : String(c) }
    }

    static func text(_ type: EntityType, command: String, _ l: Language) -> String {
        let rows = Schema.fields(type).map { spec in
            ("--" + flag(spec.name) + " " + placeholder(spec.kind, l), description(spec, type, filtering: command == "list", l))
        }
        let width = rows.map(\.0.count).max() ?? 0
        let heading = command == "list"
            ? Message(nb: "Filtre for \(type.plural) (nabo list \(type.plural) --FELT VERDI):",
                      en: "Filters for \(type.plural) (nabo list \(type.plural) --FIELD VALUE):")
            : Message(nb: "Felt for \(type.nameNb) (nabo \(command) \(type.rawValue)\(command == "set" ? " ID" : "") --FELT VERDI):",
                      en: "Fields of \(type.nameEnWithArticle) (nabo \(command) \(type.rawValue)\(command == "set" ? " ID" : "") --FIELD VALUE):")
        var lines = [heading.text(l)] + rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
        if command == "set", Schema.fields(type).contains(where: \.isSet) {
            lines.append(Message(nb: "  --not-FELT ID fjerner fra en liste, --replace-FELT ID setter inn i stedet for.",
                                 en: "  --not-FIELD ID removes from a list, --replace-FIELD ID puts in its place.").text(l))
        }
        return lines.joined(separator: "\n")
    }

    static func placeholder(_ kind: FieldKind, _ l: Language) -> String {
        let nb = l == .nb
        switch kind {
        case .text, .longText, .textList: return nb ? "TEKST" : "TEXT"
        case .date: return nb ? "DATO" : "DATE"
        case .dateTime: return nb ? "DATO[ TID]" : "DATE[ TIME]"
        case .count: return nb ? "TALL" : "NUMBER"
        case .flag: return nb ? "JA|NEI" : "YES|NO"
        case .choice: return nb ? "VERDI" : "VALUE"
        case .reference, .references: return "ID"
        case .phone: return nb ? "TELEFON" : "PHONE"
        case .hNumber: return "H0101"
        case .postcode: return "NNNN"
        case .letter: return nb ? "BOKSTAV" : "LETTER"
        case .json: return "JSON"
        }
    }

    /// What the field takes; a filter is never required and has no default.
    static func description(_ spec: FieldSpec, _ type: EntityType, filtering: Bool, _ l: Language) -> String {
        // The field's name in words where it says more than the kind does ("next visit: date").
        let label = FieldLabel.text(spec.name, l), what = kind(spec.kind, l)
        var parts = [what.hasPrefix(label) ? what : label + ": " + what]
        if type == .dugnad, spec.name == "end" {
            parts.append(Message(nb: "eller bare et klokkeslett (20:00), på startens dag", en: "or a time alone (20:00), on the start's day").text(l))
        }
        if spec.required, !filtering { parts.append(Message(nb: "må fylles ut", en: "required").text(l)) }
        if let alias = spec.alias { parts.append(Message(nb: "også --\(flag(alias))", en: "also --\(flag(alias))").text(l)) }
        if let value = spec.defaultValue, !value.isNull, !filtering {
            let shown = value.bool.map { VocabularyLabel.yesNo($0, l) } ?? value.string ?? value.jsonText
            parts.append(Message(nb: "standard \(shown)", en: "default \(shown)").text(l))
        }
        return parts.joined(separator: "; ")
    }

    static func kind(_ kind: FieldKind, _ l: Language) -> String {
        let message: Message = switch kind {
        case .text: Message(nb: "tekst", en: "text")
        case .longText: Message(nb: "tekst, gjerne over flere linjer", en: "text, may run over several lines")
        case .textList: Message(nb: "en liste, delene skilt med ;", en: "a list, its parts separated by ;")
        case .date: Message(nb: "dato, 22.11.2026 eller 2026-11-22", en: "date, 2026-11-22 or 22.11.2026")
        case .dateTime: Message(nb: "dato, gjerne med klokkeslett: 22.11.2026 14:00", en: "date, optionally with a time: 2026-11-22 14:00")
        case .count: Message(nb: "et helt tall", en: "a whole number")
        case .flag: Message(nb: "ja eller nei", en: "yes or no")
        case .choice(let values): Message(nb: "én av " + values.joined(separator: ", "), en: "one of " + values.joined(separator: ", "))
        case .reference(let target): Message(nb: "id-en til en \(target.nameNb)", en: "the id of \(target.nameEnWithArticle)")
        case .references(let target):
            Message(nb: "id-er (\(target.nameNb)), skilt med komma",
                    en: "ids of \(target.plural), separated by commas")
        case .phone: Message(nb: "+47 og åtte sifre", en: "+47 and eight digits")
        case .hNumber: Message(nb: "H-nummer, som H0101", en: "H-number, such as H0101")
        case .postcode: Message(nb: "fire sifre", en: "four digits")
        case .letter: Message(nb: "én bokstav", en: "a single letter")
        case .json: Message(nb: "JSON", en: "JSON")
        }
        return message.text(l)
    }
}

import NaboCore

/// The action plan's words on screen, in bokmål and English.
enum PlanText {
    static let board = Message(nb: "Tavle", en: "Board")
    static let matrix = Message(nb: "Matrise", en: "Matrix")
    static let measure = Message(nb: "Tiltak", en: "Measure")
    static let newMeasure = Message(nb: "Nytt tiltak", en: "New measure")
    static let changeMeasure = Message(nb: "Endre tiltaket", en: "Change the measure")
    static let measureHint = Message(nb: "↑/↓ velger. Bolig: H-nummer, tom for hele adressen. Ctrl-S lagrer.",
                                     en: "↑/↓ chooses. Unit: H-number, empty for the whole address. Ctrl-S saves.")
    static let helpNewMeasure = Message(nb: "Nytt tiltak i handlingsplanen", en: "New measure in the action plan")
    static let helpChangeMeasure = Message(nb: "Endre tiltakets felt", en: "Change the measure's fields")
    static let statusNewMeasure = Message(nb: "nytt tiltak", en: "new measure")

    static func measureChanged(_ title: String) -> Message {
        Message(nb: "Tiltaket «\(title)» er endret.", en: "The measure “\(title)” is changed.")
    }

    static let late = Message(nb: "! forsinket", en: "! late")
    static let cost = Message(nb: "kr avklares", en: "kr cost to agree")
    static let conflict = Message(nb: "≠ konflikt", en: "≠ conflict")
    static let noDue = Message(nb: "ingen frist", en: "no due date")
    static let allMeasures = Message(nb: "Filter: alle tiltak", en: "Filter: all measures")
    static let filterHint = Message(nb: "A adresse  C kategori  R ansvar  S status  ! forsinket  x nullstill",
                                    en: "A address  C category  R responsible  S status  ! late  x clear")
    static let legend = Message(nb: "! forsinket · kr kostnad avklares · ≠ konflikt · – gjelder ikke adressen",
                                en: "! late · kr cost to agree · ≠ conflict · – does not apply at the address")
    static let noMeasures = Message(nb: "Ingen tiltak med dette filteret. x nullstiller.", en: "No measures with this filter. x clears it.")
    static let noPlanYet = Message(nb: "Ingen tiltak ennå. M på et besøk gjør en mangel til et tiltak; nabo add measure legger inn ett.",
                                   en: "No measures yet. M on a visit turns a defect into a measure; nabo add measure adds one.")
    static let firstStatus = Message(nb: "Tiltaket står allerede i første kolonne.", en: "The measure is already in the first column.")
    static let lastStatus = Message(nb: "Tiltaket er allerede utført.", en: "The measure is already done.")
    static let noConflict = Message(nb: "Tiltaket har ingen konflikt å løse.", en: "The measure has no conflict to settle.")

    static func more(_ count: Int) -> Message {
        Message(nb: "↓ \(count) til", en: "↓ \(count) more")
    }

    /// The new status first: a long title cut at the edge of the line must not take it away.
    static func moved(_ title: String, _ address: String, to status: String) -> Message {
        Message(nb: "\(VocabularyLabel.text(status, .nb).capitalizedFirst): «\(title)», \(address).",
                en: "\(VocabularyLabel.text(status, .en).capitalizedFirst): “\(title)”, \(address).")
    }

    static func settled(field: String, value: Message) -> Message {
        Message(nb: "Konflikten er løst: \(FieldLabel.text(field, .nb)) = \(value.nb).",
                en: "The conflict is settled: \(FieldLabel.text(field, .en)) = \(value.en).")
    }

    /// A stored value as a worker reads it: vocabulary words for choices, yes/no for flags.
    static func value(_ field: String, _ value: String) -> Message {
        switch field {
        case "status", "category", "responsible":
            Message(nb: VocabularyLabel.text(value, .nb), en: VocabularyLabel.text(value, .en))
        case "costToAgree":
            Message(nb: value == "yes" || value == "true" ? "ja" : "nei", en: value == "yes" || value == "true" ? "yes" : "no")
        default:
            Message(nb: value, en: value)
        }
    }

    /// What an empty board or matrix says: how to begin when the plan has no measures at all.
    static func empty(searching: Bool, directory: Directory) -> Message {
        directory.measures.isEmpty ? noPlanYet : searching ? Words.noMatches : noMeasures
    }

    static func searched(_ query: String) -> Message {
        Message(nb: "søk «\(query)»", en: "search “\(query)”")
    }

    /// "Filter: Runarveien 1 · Loft · ! forsinket · søk «lås»".
    static func facets(_ facets: PlanFacets, search: String?, _ directory: Directory, _ language: Language) -> String {
        guard !facets.isEmpty || search != nil else { return allMeasures.text(language) }
        var parts: [String] = []
        if let address = facets.address { parts.append(directory.addressText(address)) }
        for value in [facets.category, facets.responsible, facets.status].compactMap({ $0 }) {
            parts.append(VocabularyLabel.text(value, language))
        }
        if facets.lateOnly { parts.append(late.text(language)) }
        if let search { parts.append(searched(search).text(language)) }
        return "Filter: " + parts.joined(separator: " · ")
    }
}

extension Message {
    /// "○ ikke startet" → "○ Ikke startet".
    var capitalizedAfterSymbol: Message {
        func cap(_ text: String) -> String {
            guard let space = text.firstIndex(of: " ") else { return text }
            let rest = text[text.index(after: space)...]
            return text[...space] + rest.prefix(1).uppercased() + rest.dropFirst()
        }
        return Message(nb: cap(nb), en: cap(en))
    }
}

/// What an import would do or did, as the worker reads it: counts first, then each refused row.
extension StockImport.Outcome {
    static let nouns: [(EntityType, nb: (String, String), en: (String, String))] = [
        (.address, ("adresse", "adresser"), ("address", "addresses")), (.unit, ("bolig", "boliger"), ("unit", "units")),
        (.resident, ("beboer", "beboere"), ("resident", "residents")), (.tenancy, ("leieforhold", "leieforhold"), ("tenancy", "tenancies")),
    ]

    static func counted(_ counts: [EntityType: Int]) -> Message {
        let parts = nouns.compactMap { type, nb, en in counts[type].map { CountWords.of($0, nb: nb, en: en) } }
        guard !parts.isEmpty else { return Message(nb: "ingen", en: "none") }
        return Message(nb: parts.map(\.nb).joined(separator: ", "), en: parts.map(\.en).joined(separator: ", "))
    }

    /// `dryRun`: said as what would happen.
    public func summary(file: String, dryRun: Bool) -> [Message] {
        let what = sheet.kind == .units ? Message(nb: "Boliger", en: "Units") : Message(nb: "Beboere", en: "Residents")
        let rowsRead = CountWords.of(rows, nb: ("rad", "rader"), en: ("row", "rows"))
        var lines = [Message(nb: "\(what.nb) i \(file): \(rowsRead.nb) under overskriften på rad \(sheet.headerIndex + 1).",
                             en: "\(what.en) in \(file): \(rowsRead.en) below the header on row \(sheet.headerIndex + 1).")]
        let created = Self.counted(self.created), updated = Self.counted(self.updated)
        lines.append(dryRun ? Message(nb: "Blir laget: \(created.nb).", en: "Would be created: \(created.en).")
                            : Message(nb: "Laget: \(created.nb).", en: "Created: \(created.en)."))
        lines.append(dryRun ? Message(nb: "Blir endret: \(updated.nb).", en: "Would be updated: \(updated.en).")
                            : Message(nb: "Endret: \(updated.nb).", en: "Updated: \(updated.en)."))
        let same = CountWords.of(unchanged, nb: ("rad", "rader"), en: ("row", "rows"))
        lines.append(Message(nb: "Uendret: \(same.nb) stemmer med Nabo.", en: "Unchanged: \(same.en) already match Nabo."))
        let refused = CountWords.of(refusals.count, nb: ("rad", "rader"), en: ("row", "rows"))
        lines.append(Message(nb: "Avvist: \(refused.nb).", en: "Refused: \(refused.en)."))
        if !sheet.unknown.isEmpty {
            let names = sheet.unknown.map { "«\($0)»" }.joined(separator: ", "), namesEn = sheet.unknown.map { "“\($0)”" }.joined(separator: ", ")
            lines.append(Message(nb: "Kolonner Nabo ikke kjenner, og som ikke blir lest: \(names).",
                                 en: "Columns Nabo does not know, which are not read: \(namesEn)."))
        }
        return lines + refusals.map(\.message)
    }
}

extension StockImport {
    /// An import whose every row already matches.
    public static let nothingToChange = Message(nb: "Ingenting å endre: Nabo har allerede det arket sier.",
                                                en: "Nothing to change: Nabo already holds what the sheet says.")
}

extension StockImport.Outcome {
    /// What a saved import did, in one sentence.
    public func done(file: String) -> Message {
        let created = Self.counted(self.created), updated = Self.counted(self.updated)
        return Message(nb: "Importerte \(file): laget \(created.nb); endret \(updated.nb).",
                       en: "Imported \(file): created \(created.en); updated \(updated.en).")
    }
}

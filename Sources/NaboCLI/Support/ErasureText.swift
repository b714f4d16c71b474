import NaboCore
import NaboStore

/// What `nabo person` says, in both languages.
enum ErasureText {
    /// Said on a terminal before the name is asked for.
    static func before(_ preview: Store.ErasurePreview, resident: String) -> [Message] {
        var out: [Message] = []
        let n = preview.mentions.count
        if n > 0 {
            out.append(Message(nb: "\(CountWords.of(n, "annen post", "andre poster")) nevner \(preview.resident.name) i teksten, og teksten blir stående. Rett dem først:",
                               en: "\(CountWords.of(n, "other record", "other records")) name \(preview.resident.name) in their text, which stays as written. Edit them first:"))
            for m in preview.mentions {
                out.append(Message(nb: "  \(m.record.type.nameNb) \(m.record.id) (\(m.field))", en: "  \(m.record.type.nameEn) \(m.record.id) (\(m.field))"))
            }
        }
        out.append(Message(nb: "Vil du ta ut innsyn først: nabo export person \(resident) --format md --output FIL",
                           en: "To export first (innsyn): nabo export person \(resident) --format md --output FILE"))
        out.append(Message(nb: "Slettes: \(counts(preview.scope.erasedCounts).nb). Beholdes uten beboeren: \(counts(preview.scope.sharedCounts).nb).",
                           en: "Erased: \(counts(preview.scope.erasedCounts).en). Kept without the resident: \(counts(preview.scope.sharedCounts).en)."))
        out.append(Message(nb: "Slettingen kan ikke angres.", en: "The erasure cannot be undone."))
        return out
    }

    /// The interface's message once an erasure from the resident's screen is written.
    static func erased(_ name: String) -> Message {
        Message(nb: "\(name) er slettet. Slettingen går videre til de andre maskinene ved neste synkronisering.",
                en: "\(name) is erased. The erasure reaches the other laptops at their next sync.")
    }

    static func counts(_ byKind: [String: Int]) -> Message {
        let parts = byKind.sorted { $0.key < $1.key }.compactMap { kind, n -> Message? in
            guard let type = EntityType(rawValue: kind) else { return nil }
            return Message(nb: "\(n) \(type.nameNb)", en: "\(n) \(n == 1 ? type.nameEn : type.plural)")
        }
        guard !parts.isEmpty else { return Message(nb: "ingen", en: "none") }
        return Message(nb: parts.map(\.nb).joined(separator: ", "), en: parts.map(\.en).joined(separator: ", "))
    }

    static func show(_ receipts: [ErasureReceipt], mentions: [TextMention], _ options: StoreOptions) {
        let erased = receipts.reduce(into: [String: Int]()) { sum, r in sum.merge(r.erased, uniquingKeysWith: +) }
        let shared = receipts.reduce(into: [String: Int]()) { sum, r in sum.merge(r.shared, uniquingKeysWith: +) }
        if options.json {
            Output.json(pairs: [("residents", .int(receipts.count)), ("receipts", .array(receipts.map { .string($0.id.description) })),
                                ("erased", .object(erased.mapValues { .int($0) })), ("shared", .object(shared.mapValues { .int($0) })),
                                ("textLeft", .array(mentions.map { .object(["type": .string($0.record.type.rawValue), "id": .string($0.record.id),
                                                                            "field": .string($0.field)]) }))])
            return
        }
        let language = options.language
        let e = counts(erased), s = counts(shared)
        Output.line(Message(nb: "Slettet \(CountWords.of(receipts.count, "beboer", "beboere")): \(e.nb). Beholdt uten dem: \(s.nb).",
                            en: "Erased \(CountWords.of(receipts.count, "resident", "residents")): \(e.en). Kept without them: \(s.en).").text(language))
        if !mentions.isEmpty {
            Output.line(Message(nb: "\(CountWords.of(mentions.count, "annen post", "andre poster")) har fortsatt navnet eller telefonen i teksten:",
                                en: "\(CountWords.of(mentions.count, "other record", "other records")) still hold the name or phone in their text:").text(language))
            for m in mentions { Output.line("  \(m.record.type.rawValue) \(m.record.id) (\(m.field))") }
        }
        Output.line(Message(nb: "Slettingen går videre til de andre maskinene ved neste synkronisering.",
                            en: "The erasure reaches the other laptops at their next sync.").text(language))
    }

    static func showDryRun(_ residents: [Resident], before day: CalendarDate, _ options: StoreOptions) {
        if options.json {
            Output.json(pairs: [("residents", .array(residents.map { .object(["id": .string($0.id), "name": .string($0.name),
                                                                              "movedOut": .string($0.movedOut?.iso ?? "")]) }))])
            return
        }
        Output.line(Message(nb: "\(CountWords.of(residents.count, "beboer", "beboere")) flyttet ut før \(day.iso) og ville blitt slettet:",
                            en: "\(CountWords.of(residents.count, "resident", "residents")) moved out before \(day.iso) and would be erased:").text(options.language))
        for r in residents { Output.line("  \(r.id)  \(r.name)  \(r.movedOut?.iso ?? "")") }
    }
}

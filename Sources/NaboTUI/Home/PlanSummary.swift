import NaboCore

/// A resident's follow-up plan on one line of their screen: how often, with whom, and whether it
/// has ended; `p` shows and edits it all.
enum PlanSummary {
    static func cells(_ record: Record?, _ language: Language) -> [TableCell] {
        guard let plan = record.map(FollowUpPlan.init) else { return [TableCell(none.text(language), .muted)] }
        if let ended = plan.ended {
            return [TableCell(Self.ended(ended.text(language)).text(language), .muted)]
        }
        var parts = [plan.frequency.map { every($0).text(language) } ?? noFrequency.text(language)]
        let partners = (plan.partners ?? []).map(\.kind)
        if !partners.isEmpty { parts.append(partners.joined(separator: ", ")) }
        if plan.consent == nil { parts.append("! " + noConsent.text(language)) }
        return [TableCell(parts.joined(separator: " · "))]
    }

    static let none = Message(nb: "Ingen oppfølgingsplan (p lager en).", en: "No follow-up plan (p makes one).")
    static let noFrequency = Message(nb: "Oppfølging uten fast hyppighet", en: "Follow-up without a set frequency")
    static let noConsent = Message(nb: "samtykke ikke registrert", en: "consent not recorded")

    static func every(_ days: Int) -> Message {
        days == 1 ? Message(nb: "Oppfølging hver dag", en: "Follow-up every day")
            : Message(nb: "Oppfølging hver \(days). dag", en: "Follow-up every \(days) days")
    }

    static func ended(_ date: String) -> Message {
        Message(nb: "Oppfølgingen ble avsluttet \(date) (p viser planen).", en: "Follow-up ended \(date) (p shows the plan).")
    }
}

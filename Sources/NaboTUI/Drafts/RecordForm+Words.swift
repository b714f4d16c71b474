import NaboCore

/// A record form's purpose as plain words for a draft: its name, then its ids.
extension RecordForm.Purpose {
    var words: [String] {
        switch self {
        case .recordInput(let resident): ["recordInput", resident]
        case .answerInput(let input): ["answerInput", input]
        case .plan(let resident, let plan): ["plan", resident] + (plan.map { [$0] } ?? [])
        case .measure(let visit): ["measure", visit]
        case .dugnad(let id): ["dugnad"] + (id.map { [$0] } ?? [])
        case .dugnadNote(let id): ["dugnadNote", id]
        case .notice(let id): ["notice", id]
        case .invite(let id): ["invite", id]
        case .export(let id): ["export", id]
        case .followUpInput(let response, let statements): ["followUpInput", response] + statements
        case .followUpMeasure(let response, let statements): ["followUpMeasure", response] + statements
        case .address(let id): ["address"] + (id.map { [$0] } ?? [])
        case .unit(let address, let id): ["unit", address] + (id.map { [$0] } ?? [])
        // Either id may be missing, so both keep their place.
        case .resident(let unit, let id): ["resident", unit ?? "", id ?? ""]
        case .move(let resident): ["move", resident]
        case .planMeasure(let id): ["planMeasure"] + (id.map { [$0] } ?? [])
        case .event(let type, let id): ["event", type.rawValue, id]
        case .erase(let resident): ["erase", resident]
        case .meeting(let id): ["meeting"] + (id.map { [$0] } ?? [])
        case .agendaItem(let meeting, let item): ["agendaItem", meeting] + (item.map { [$0] } ?? [])
        case .decision(let item): ["decision", item]
        case .activity(let id): ["activity"] + (id.map { [$0] } ?? [])
        }
    }

    /// The purpose the words name; nil for words no purpose has.
    init?(words: [String]) {
        guard let name = words.first else { return nil }
        let ids = Array(words.dropFirst())
        switch (name, ids.count) {
        case ("recordInput", 1): self = .recordInput(resident: ids[0])
        case ("answerInput", 1): self = .answerInput(input: ids[0])
        case ("plan", 1), ("plan", 2): self = .plan(resident: ids[0], plan: ids.count == 2 ? ids[1] : nil)
        case ("measure", 1): self = .measure(visit: ids[0])
        case ("dugnad", 0), ("dugnad", 1): self = .dugnad(ids.first)
        case ("dugnadNote", 1): self = .dugnadNote(ids[0])
        case ("notice", 1): self = .notice(dugnad: ids[0])
        case ("invite", 1): self = .invite(dugnad: ids[0])
        case ("export", 1): self = .export(dugnad: ids[0])
        case ("followUpInput", 2...): self = .followUpInput(response: ids[0], statements: Array(ids.dropFirst()))
        case ("followUpMeasure", 2...): self = .followUpMeasure(response: ids[0], statements: Array(ids.dropFirst()))
        case ("address", 0), ("address", 1): self = .address(ids.first)
        case ("unit", 1), ("unit", 2): self = .unit(address: ids[0], unit: ids.count == 2 ? ids[1] : nil)
        case ("resident", 2): self = .resident(unit: ids[0].isEmpty ? nil : ids[0], resident: ids[1].isEmpty ? nil : ids[1])
        case ("move", 1): self = .move(resident: ids[0])
        case ("planMeasure", 0), ("planMeasure", 1): self = .planMeasure(ids.first)
        case ("erase", 1): self = .erase(resident: ids[0])
        case ("meeting", 0), ("meeting", 1): self = .meeting(ids.first)
        case ("agendaItem", 1), ("agendaItem", 2): self = .agendaItem(meeting: ids[0], item: ids.count == 2 ? ids[1] : nil)
        case ("decision", 1): self = .decision(agendaItem: ids[0])
        case ("activity", 0), ("activity", 1): self = .activity(ids.first)
        case ("event", 2):
            guard let type = EntityType(rawValue: ids[0]), [.address, .unit, .resident].contains(type) else { return nil }
            self = .event(at: type, id: ids[1])
        default: return nil
        }
    }

    /// The resident a form is about, where its purpose names one.
    var resident: String? {
        switch self {
        case .recordInput(let resident), .plan(let resident, _), .move(let resident), .resident(_, let resident?), .event(.resident, let resident), .erase(let resident): resident
        default: nil
        }
    }
}

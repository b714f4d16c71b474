/// What a stored reference stands for, as a worker reads it: the address, unit, resident, visit,
/// survey answer, form or plan item an id names. A record's history shows these, since an id such
/// as `adr-ehjqa93` tells a worker nothing. A record deleted since is still named: history is about
/// the past.
public enum ReferenceName {
    /// The name of what `value`, stored in `field` of a record of `type`, refers to; nil when the
    /// field refers to nothing or the record it names is not in the store.
    public static func of(_ type: EntityType, field: String, value: String, in replica: Replica) -> Message? {
        if type == .measure, field == "planItem" { return planItem(value, in: replica) }
        switch Schema.fields(type).first(where: { $0.name == field })?.kind {
        case .reference(let target), .references(let target): return of(target, id: value, in: replica)
        default: return nil
        }
    }

    /// The name of the record of `type` with this id.
    public static func of(_ type: EntityType, id: String, in replica: Replica) -> Message? {
        guard let record = replica.record(type.rawValue, id) else { return nil }
        switch type {
        case .address:
            return same(AddressText.short(record))
        case .unit:
            return same(Timeline.unitLabel(id, replica))
        case .resident:
            let name = Resident(record).name
            return name.isEmpty ? nil : same(name)
        case .visit:
            let visit = Visit(record)
            let kind = Message(nb: VocabularyLabel.text(visit.kindValue, .nb), en: VocabularyLabel.text(visit.kindValue, .en))
            let who = visit.residents.compactMap { replica.record(EntityType.resident.rawValue, $0).map { Resident($0).name } }
                .filter { !$0.isEmpty }.joined(separator: ", ")
            let tail = who.isEmpty ? "" : " · " + who
            return Message(nb: kind.nb + (visit.day.map { " " + DateWords.numeric($0, .nb) } ?? "") + tail,
                           en: kind.en + (visit.day.map { " " + DateWords.numeric($0, .en) } ?? "") + tail)
        case .response:
            let round = SurveyResponse.round(of: record)
            let who = replica.record(EntityType.resident.rawValue, SurveyResponse.resident(of: record)).map { " · " + Resident($0).name } ?? ""
            return Message(nb: "kartlegging «\(round)»" + who, en: "survey “\(round)”" + who)
        case .form:
            return same(SurveyForm(record).name)
        case .meeting, .agendaItem, .goal, .measure:
            return record.string("title").map(same)
        case .dugnad, .input, .followUp, .tenancy, .event, .project, .activity, .notice:
            // No field refers to these.
            return nil
        }
    }

    /// A plan item is known by the title its measures share; the one with the lowest id speaks for
    /// it, so every laptop names it alike.
    static func planItem(_ key: String, in replica: Replica) -> Message? {
        let titled = replica.records(EntityType.measure.rawValue).map(Measure.init)
            .filter { $0.planItem == key && !$0.title.isEmpty && !$0.record.isDeleted }
        return titled.min { $0.id < $1.id }.map { same($0.title) }
    }

    static func same(_ text: String) -> Message { Message(nb: text, en: text) }
}

/// The records that belong to another and are shown with it: a meeting's agenda items and
/// activities, the measures decided in an agenda item. Only these few pairs: an address's units,
/// visits and measures run to thousands and have their own lists.
public enum Belongings {
    /// The types that belong to a record of this type, and the field of theirs that names it.
    public static func kinds(_ type: EntityType) -> [(type: EntityType, field: String)] {
        switch type {
        case .meeting: [(.agendaItem, "meeting"), (.activity, "meeting")]
        case .agendaItem: [(.measure, "agendaItem")]
        default: []
        }
    }

    /// The live records of each kind that name this one, in id order; kinds with none are left out.
    public static func of(_ id: String, _ type: EntityType, in replica: Replica) -> [(type: EntityType, records: [Record])] {
        kinds(type).compactMap { kind in
            let records = replica.records(kind.type.rawValue).filter { !$0.isDeleted && $0.string(kind.field) == id }.sorted { $0.id < $1.id }
            return records.isEmpty ? nil : (kind.type, records)
        }
    }
}

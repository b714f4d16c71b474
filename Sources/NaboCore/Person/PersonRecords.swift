/// Every record Nabo holds about one resident, deleted ones included: what an export for innsyn
/// shows and what an erasure takes. Found from the schema, so a record type that names a resident
/// is covered the day it is added.
public struct PersonRecords: Sendable {
    public let resident: Record
    /// Records that name the resident in a resident field: their stays, visits, inputs, survey
    /// responses, follow-up plans and the dugnads they were invited to.
    public let naming: [RecordRef]
    /// Records made from one of those: a measure from their visit or their survey answer.
    public let madeFrom: [RecordRef]

    public var all: [RecordRef] { [RecordRef(.resident, resident.id)] + naming + madeFrom }

    public init?(_ id: String, in replica: Replica) {
        guard let resident = replica.record(EntityType.resident.rawValue, id) else { return nil }
        self.resident = resident
        var naming: [RecordRef] = []
        for type in EntityType.allCases where type != .resident {
            let fields = Self.fields(type, pointingAt: [.resident])
            guard !fields.isEmpty else { continue }
            for record in replica.records(type.rawValue) where fields.contains(where: { record.names($0, id) }) {
                naming.append(RecordRef(type, record.id))
            }
        }
        let sources = Set(naming)
        var madeFrom: [RecordRef] = []
        for type in EntityType.allCases where type != .resident {
            let fields = Self.fields(type, pointingAt: [.visit, .response])
            guard !fields.isEmpty else { continue }
            for record in replica.records(type.rawValue) where !sources.contains(RecordRef(type, record.id)) {
                let linked = fields.contains { field in
                    guard case .reference(let target) = field.kind, let other = record.string(field.name) else { return false }
                    return sources.contains(RecordRef(target, other))
                }
                if linked { madeFrom.append(RecordRef(type, record.id)) }
            }
        }
        self.naming = naming.sorted()
        self.madeFrom = madeFrom.sorted()
    }

    static func fields(_ type: EntityType, pointingAt targets: Set<EntityType>) -> [FieldSpec] {
        Schema.fields(type).filter {
            switch $0.kind {
            case .reference(let t), .references(let t): targets.contains(t)
            default: false
            }
        }
    }
}

extension Record {
    /// Whether this reference field, single or a set, holds the id.
    func names(_ field: FieldSpec, _ id: String) -> Bool {
        switch field.kind {
        case .reference: string(field.name) == id
        case .references: members(field.name).contains(id)
        default: false
        }
    }
}

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
        guard let found = Self.of([id], in: replica).first else { return nil }
        self = found
    }

    private init(resident: Record, naming: [RecordRef], madeFrom: [RecordRef]) {
        self.resident = resident
        self.naming = naming
        self.madeFrom = madeFrom
    }

    /// Several residents' records, each as `init` finds them, in one pass over the records: a
    /// retention rule erases a thousand at once. Residents not held are left out.
    public static func of(_ ids: [String], in replica: Replica) -> [PersonRecords] {
        let residents = ids.compactMap { replica.record(EntityType.resident.rawValue, $0) }
        let wanted = Set(residents.map(\.id))
        var naming: [String: Set<RecordRef>] = [:]
        for type in EntityType.allCases where type != .resident {
            let fields = Self.fields(type, pointingAt: [.resident])
            guard !fields.isEmpty else { continue }
            for record in replica.records(type.rawValue) {
                for id in record.named(by: fields) where wanted.contains(id) { naming[id, default: []].insert(RecordRef(type, record.id)) }
            }
        }
        var owners: [RecordRef: [String]] = [:]
        for (id, refs) in naming { for ref in refs { owners[ref, default: []].append(id) } }
        var madeFrom: [String: Set<RecordRef>] = [:]
        for type in EntityType.allCases where type != .resident {
            let fields = Self.fields(type, pointingAt: [.visit, .response])
            guard !fields.isEmpty else { continue }
            for record in replica.records(type.rawValue) {
                let ref = RecordRef(type, record.id)
                for field in fields {
                    guard case .reference(let target) = field.kind, let other = record.string(field.name) else { continue }
                    for id in owners[RecordRef(target, other)] ?? [] where !(naming[id]?.contains(ref) ?? false) { madeFrom[id, default: []].insert(ref) }
                }
            }
        }
        return residents.map { PersonRecords(resident: $0, naming: (naming[$0.id] ?? []).sorted(), madeFrom: (madeFrom[$0.id] ?? []).sorted()) }
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
    /// The ids these reference fields, single or sets, hold.
    func named(by fields: [FieldSpec]) -> [String] {
        fields.flatMap { field -> [String] in
            switch field.kind {
            case .reference: string(field.name).map { [$0] } ?? []
            case .references: members(field.name)
            default: []
            }
        }
    }
}

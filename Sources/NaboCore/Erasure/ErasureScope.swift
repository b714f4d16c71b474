/// What erasing one resident takes, from exactly the records an export for innsyn shows
/// (`PersonRecords`), so that export and erasure can never disagree about what is theirs.
public struct ErasureScope: Sendable, Equatable {
    public let resident: String
    /// Records that are the person's alone: every value goes. The resident first.
    public let erased: [RecordRef]
    /// Records the person shares with other residents (a visit with two, a dugnad's invitations):
    /// they keep everything but the person's reference.
    public let shared: [RecordRef]

    /// `alongWith`: residents erased in the same step, who count as the person does (a visit shared
    /// only by two residents who both moved out long ago goes with them).
    public init(_ person: PersonRecords, in replica: Replica, alongWith: Set<String> = []) {
        let id = person.resident.id
        let leaving = alongWith.union([id])
        var whole: Set<RecordRef> = [RecordRef(.resident, id)]
        var shared: [RecordRef] = []
        for ref in person.naming {
            guard let record = replica.record(ref.type.rawValue, ref.id) else { continue }
            let sets = PersonRecords.fields(ref.type, pointingAt: [.resident]).filter(\.isSet)
            let others = sets.contains { record.members($0.name).contains { !leaving.contains($0) } }
            if others { shared.append(ref) } else { whole.insert(ref) }
        }
        // A measure made from their visit or answer is theirs only when everything it was made
        // from is theirs: one made from a visit they shared stays with that visit.
        for ref in person.madeFrom {
            guard let record = replica.record(ref.type.rawValue, ref.id) else { continue }
            let sources = PersonRecords.fields(ref.type, pointingAt: [.visit, .response]).compactMap { field -> RecordRef? in
                guard case .reference(let target) = field.kind, let source = record.string(field.name) else { return nil }
                return RecordRef(target, source)
            }
            if sources.allSatisfy(whole.contains) { whole.insert(ref) }
        }
        resident = id
        erased = [RecordRef(.resident, id)] + whole.subtracting([RecordRef(.resident, id)]).sorted()
        self.shared = shared.sorted()
    }

    /// How many records of each kind are erased, by the type's journal name.
    public var erasedCounts: [String: Int] { Self.counts(erased) }
    public var sharedCounts: [String: Int] { Self.counts(shared) }

    static func counts(_ refs: [RecordRef]) -> [String: Int] {
        refs.reduce(into: [:]) { $0[$1.type.rawValue, default: 0] += 1 }
    }
}

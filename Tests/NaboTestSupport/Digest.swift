import NaboCore

/// What a replica shows, as sorted lines of text: two replicas converged when their digests are
/// equal, whatever order they learned of devices in.
public enum Digest {
    public static func of(_ r: Replica) -> [String] {
        var lines: [String] = []
        for type in r.types {
            for rec in r.records(type).sorted(by: { $0.id < $1.id }) {
                var parts = ["\(type)/\(rec.id)", rec.isDeleted ? "deleted" : "live"]
                // A cleared field (null, no rival) shows the same as one never set.
                for reg in rec.registers.sorted(by: { $0.field < $1.field }) where !(reg.winner.value.isNull && !reg.hasConflict) {
                    let others = reg.others.map { $0.value.jsonText }.sorted().joined(separator: "|")
                    parts.append("\(reg.field)=\(reg.winner.value.jsonText)" + (others.isEmpty ? "" : " vs \(others)"))
                }
                for s in rec.sets.sorted(by: { $0.field < $1.field }) {
                    parts.append("\(s.field){\(s.members.sorted().joined(separator: ","))}")
                }
                lines.append(parts.joined(separator: " "))
            }
        }
        return lines
    }
}

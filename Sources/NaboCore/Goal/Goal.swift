/// A goal of the project, read from its record: a main goal or, with a parent, a sub-goal, with
/// the plan's own words (method, means, evaluation, recommendation) and what the report counts
/// beside it. A counted name from a newer version is kept as stored and counts nothing here.
public struct Goal: Sendable, Equatable {
    public let record: Record
    public var id: String { record.id }

    public init(_ record: Record) { self.record = record }

    public var title: String { record.string("title") ?? "" }
    /// As the plan numbers it: "1", "1a".
    public var number: String? { record.string("number") }
    public var parent: String? { record.string("parent") }
    public var method: String? { record.string("method") }
    public var means: String? { record.string("means") }
    public var evaluation: String? { record.string("evaluation") }
    public var recommendation: String? { record.string("recommendation") }
    public var events: [String] { Self.list(record, "events") }
    public var indicators: [String] { Self.list(record, "indicators") }
    public var measures: [String] { record.members("measures").sorted() }

    static func list(_ record: Record, _ field: String) -> [String] {
        (record[field]?.array ?? []).compactMap(\.string)
    }

    /// Every live goal, main goals first, each followed by its sub-goals, by number then title.
    public static func tree(_ replica: Replica) -> [(goal: Goal, depth: Int)] {
        let goals = replica.records(EntityType.goal.rawValue).filter { !$0.isDeleted }.map(Goal.init)
        let ids = Set(goals.map(\.id))
        let children = Dictionary(grouping: goals) { g in g.parent.flatMap { ids.contains($0) ? $0 : nil } ?? "" }
        var out: [(Goal, Int)] = []
        var seen = Set<String>()
        func walk(_ parent: String, _ depth: Int) {
            for g in (children[parent] ?? []).sorted(by: order) where seen.insert(g.id).inserted {
                out.append((g, depth))
                walk(g.id, depth + 1)
            }
        }
        walk("", 0)
        return out
    }

    /// "2" before "10", "1a" before "1b"; unnumbered goals after the numbered, by title.
    static func order(_ a: Goal, _ b: Goal) -> Bool { (a.sortKey, a.id) < (b.sortKey, b.id) }

    /// The number's digits padded, so "2" sorts before "10" as text, then its letters, then the title.
    public var sortKey: String {
        let n = number ?? ""
        let digits = n.prefix { $0.isASCII && $0.isNumber }
        let padded = digits.isEmpty ? "~" : String(repeating: "0", count: max(0, 9 - digits.count)) + digits
        return padded + " " + n.dropFirst(digits.count) + " " + title
    }
}

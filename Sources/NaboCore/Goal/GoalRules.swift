/// The rules of a goal: what it counts must be names the report knows, and a sub-goal's parent
/// chain must end at a main goal (a goal may not sit under itself, however far down).
enum GoalRules {
    static func check(_ d: Draft, _ replica: Replica) throws(Message) {
        let goal = Goal(d.record)
        let kinds = Set(EventKind.allCases.map(\.rawValue))
        if let unknown = goal.events.first(where: { !kinds.contains($0) }) {
            throw Message(nb: "Ukjent hendelsestype «\(unknown)». Velg blant: \(kinds.sorted().joined(separator: ", ")).",
                          en: "Unknown event kind “\(unknown)”. Choose from: \(kinds.sorted().joined(separator: ", ")).", field: "events")
        }
        let indicators = Indicator.allCases.map(\.rawValue)
        if let unknown = goal.indicators.first(where: { !indicators.contains($0) }) {
            throw Message(nb: "Ukjent indikator «\(unknown)». Velg blant: \(indicators.joined(separator: ", ")).",
                          en: "Unknown indicator “\(unknown)”. Choose from: \(indicators.joined(separator: ", ")).", field: "indicators")
        }
        var seen: Set<String> = [d.id]
        var next = goal.parent
        while let id = next {
            guard seen.insert(id).inserted else {
                throw Message(nb: "Et mål kan ikke ligge under seg selv.", en: "A goal cannot sit under itself.", field: "parent")
            }
            next = replica.live(EntityType.goal.rawValue, id).flatMap { Goal($0).parent }
        }
    }
}

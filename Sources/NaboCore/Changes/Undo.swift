/// The change that puts back what some operations did, worked out from the state before them: the
/// worker's `u`. It is a new change like any other, so the undone edit stays in the history.
public enum Undo {
    public static func change(undoing ops: [Op], before replica: Replica) -> Change? {
        var steps: [Change] = []
        for op in ops.reversed() {
            guard let type = EntityType(rawValue: op.type) else { continue }
            guard let old = replica.record(op.type, op.entity) else {
                steps.append(.delete(type, id: op.entity))
                continue
            }
            if let d = op.deletion {
                steps.append(d.restore ? .delete(type, id: op.entity) : .restore(type, id: op.entity))
                continue
            }
            var edit = Edit()
            for w in op.writes { edit.values[w.field] = text(old[w.field] ?? .null) }
            for c in op.setChanges {
                let wasMember = old.members(c.field).contains(c.element)
                if c.isAddition, !wasMember { edit.removals[c.field, default: []].append(c.element) }
                if !c.isAddition, wasMember { edit.additions[c.field, default: []].append(c.element) }
            }
            if !edit.isEmpty { steps.append(.set(type, id: op.entity, edit)) }
        }
        switch steps.count {
        case 0: return nil
        case 1: return steps[0]
        default: return .batch(steps)
        }
    }

    /// A stored value as a worker would type it, so it goes back through the same rules.
    static func text(_ v: JSONValue) -> String {
        switch v {
        case .null: ""
        case .string(let s): s
        case .bool(let b): b ? "yes" : "no"
        case .int(let i): String(i)
        default: v.jsonText
        }
    }
}

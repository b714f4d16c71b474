/// Turns a change into journal operations, or says why it cannot be made. Pure: the same replica,
/// change and context always give the same operations, and nothing is written here.
public enum Planner {
    public static func plan(_ change: Change, in replica: Replica, context: Context) throws(Message) -> [Op] {
        // Only a batch needs to see its own earlier steps; copying the records is paid only then.
        guard case .batch = change else { return try single(change, in: replica, context: context) }
        var scratch = replica
        var ctx = context
        return try plan(change, scratch: &scratch, context: &ctx)
    }

    static func single(_ change: Change, in replica: Replica, context: Context) throws(Message) -> [Op] {
        switch change {
        case .add(let type, let edit): [try add(type, edit, replica: replica, context: context)]
        case .set(let type, let id, let edit): try set(type, id: id, edit, replica: replica, context: context).map { [$0] } ?? []
        case .delete(let type, let id): [try delete(type, id: id, restore: false, replica: replica, context: context)]
        case .restore(let type, let id): [try delete(type, id: id, restore: true, replica: replica, context: context)]
        case .batch: []
        }
    }

    static func plan(_ change: Change, scratch: inout Replica, context: inout Context) throws(Message) -> [Op] {
        if case .batch(let changes) = change {
            var all: [Op] = []
            for c in changes { all += try plan(c, scratch: &scratch, context: &context) }
            return all
        }
        let ops = try single(change, in: scratch, context: context)
        for op in ops {
            scratch.apply(op)
            context.nextSeq += 1
        }
        return ops
    }

    static func operation(_ type: EntityType, _ id: String, replica: Replica, context: Context) -> Op {
        let clock = replica.clock.tick(now: context.now)
        return Op(id: OpID(device: context.device, seq: context.nextSeq), clock: clock, wall: max(0, context.now), author: context.author,
                         type: type.rawValue, entity: id)
    }

    static func add(_ type: EntityType, _ edit: Edit, replica: Replica, context: Context) throws(Message) -> Op {
        if let only = type.singletonID, replica.live(type.rawValue, only) != nil { throw Messages.singletonExists(type) }
        let id = type.singletonID ?? Context.recordID(type, device: context.device, seq: context.nextSeq)
        var draft = Draft(type: type, id: id)
        try draft.read(edit, context: context)
        for spec in Schema.fields(type) where draft.values[spec.name] == nil && !spec.isSet {
            if let d = spec.defaultValue { draft.values[spec.name] = d }
        }
        try Rules.complete(&draft, replica: replica, context: context, isNew: true)
        try draft.checkRequired()
        try Rules.check(draft, replica: replica, context: context)
        var op = operation(type, id, replica: replica, context: context)
        for spec in Schema.fields(type) {
            if let v = draft.values[spec.name], !v.isNull { op.writes.append(FieldWrite(spec.name, v)) }
            for e in draft.sets[spec.name] ?? [] { op.setChanges.append(SetChange(spec.name, e, add: true)) }
        }
        return op
    }

    static func set(_ type: EntityType, id: String, _ edit: Edit, replica: Replica, context: Context) throws(Message) -> Op? {
        guard let record = replica.live(type.rawValue, id) else { throw Messages.noSuchRecord(type, id) }
        var draft = Draft(record: record, type: type)
        let before = draft
        try draft.read(edit, context: context)
        try Rules.complete(&draft, replica: replica, context: context, isNew: false)
        try draft.checkRequired()
        try Rules.check(draft, replica: replica, context: context)
        var op = operation(type, id, replica: replica, context: context)
        for spec in Schema.fields(type) where !spec.isSet {
            let new = draft.values[spec.name] ?? .null
            let register = record.register(spec.name)
            let old = before.values[spec.name] ?? .null
            let named = edit.values.keys.contains { Schema.field(type, flag: $0)?.name == spec.name }
            // Writing the shown value again is how a coordinator settles a conflict.
            guard new != old || (named && register?.hasConflict == true) else { continue }
            let replaced = register.map { [$0.winner] + $0.others }?.map { replica.opID($0.version) } ?? []
            op.writes.append(FieldWrite(spec.name, new, replaces: replaced))
        }
        for spec in Schema.fields(type) where spec.isSet {
            let was = Set(before.sets[spec.name] ?? [])
            let now = Set(draft.sets[spec.name] ?? [])
            for e in now.subtracting(was).sorted() { op.setChanges.append(SetChange(spec.name, e, add: true)) }
            for e in was.subtracting(now).sorted() { op.setChanges.append(SetChange(spec.name, e, add: false)) }
        }
        return op.writes.isEmpty && op.setChanges.isEmpty ? nil : op
    }

    /// Why this record cannot be deleted: the live records that still point at it, all named. The
    /// interface asks before it asks the worker to confirm, and the delete itself refuses the same.
    public static func refusalToDelete(_ type: EntityType, id: String, in replica: Replica) -> Message? {
        let users = Rules.dependents(of: type, id: id, replica: replica)
        return users.isEmpty ? nil : Messages.inUse(type, by: users)
    }

    static func delete(_ type: EntityType, id: String, restore: Bool, replica: Replica, context: Context) throws(Message) -> Op {
        guard let record = replica.record(type.rawValue, id), restore == record.isDeleted else {
            if restore, replica.live(type.rawValue, id) != nil { throw Messages.notDeleted(type, id) }
            throw Messages.noSuchRecord(type, id)
        }
        if !restore, let refusal = refusalToDelete(type, id: id, in: replica) { throw refusal }
        var op = operation(type, id, replica: replica, context: context)
        op.deletion = Deletion(saw: record.headRefs.map { replica.devices.opID($0) }, restore: restore)
        return op
    }
}

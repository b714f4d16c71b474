/// The state every device computes from the union of journals: a deterministic fold, so any two
/// devices holding the same operations show the same records, whatever order they read them in.
public struct Replica: Sendable, Equatable {
    public private(set) var tables: [String: [String: Record]] = [:]
    public private(set) var devices = DeviceTable()
    /// The last worker name seen from each device, to say who wrote a conflicting value.
    public private(set) var authors: [UInt16: String] = [:]
    /// The highest clock reading folded so far; a new local operation must pass it.
    public private(set) var clock = HLC(raw: 0)
    public private(set) var operationCount = 0

    public init() {}

    public func records(_ type: String) -> Dictionary<String, Record>.Values {
        (tables[type] ?? [:]).values
    }

    public func record(_ type: String, _ id: String) -> Record? {
        tables[type]?[id]
    }

    /// The record, unless it is missing or deleted.
    public func live(_ type: String, _ id: String) -> Record? {
        guard let r = tables[type]?[id], !r.isDeleted else { return nil }
        return r
    }

    public func opID(_ version: Version) -> OpID { devices.opID(version.ref) }

    public func author(of version: Version) -> String? { authors[version.device] }

    public mutating func internDevice(_ name: String) -> UInt16 { devices.intern(name) }

    public mutating func apply(_ op: Op) {
        let device = devices.intern(op.id.device)
        let version = Version(clock: op.clock, device: device, seq: op.id.seq)
        apply(op, version: version)
    }

    /// Folds one operation. Order does not matter: writes that arrive before the writes they replace
    /// leave a note (`pending`) so the replaced ones are recognised when they come.
    public mutating func apply(_ op: Op, version: Version) {
        operationCount += 1
        if op.clock > clock { clock = op.clock }
        if authors[version.device] != op.author { authors[version.device] = op.author }
        var record = tables[op.type]?.removeValue(forKey: op.entity)
            ?? Record(type: op.type, id: op.entity, created: version)
        if devices.isNewer(record.created, than: version) { record.created = version }
        for w in op.writes {
            let replaced = w.replaces.map { ref($0) }
            apply(write: Head(value: w.value, version: version), field: w.field, replacing: replaced, to: &record)
        }
        for c in op.setChanges {
            apply(setChange: c, version: version, to: &record)
        }
        if let d = op.deletion {
            let state = Record.DeletionState(version: version, deleted: !d.restore, saw: d.saw.map { ref($0) })
            if record.deletion.map({ devices.isNewer(version, than: $0.version) }) ?? true {
                record.deletion = state
            }
        }
        tables[op.type, default: [:]][op.entity] = record
    }

    private mutating func ref(_ id: OpID) -> OpRef {
        OpRef(device: devices.intern(id.device), seq: id.seq)
    }

    private func apply(write: Head, field: String, replacing: [OpRef], to record: inout Record) {
        guard let i = record.registers.firstIndex(where: { $0.field == field }) else {
            var reg = Register(field: field, winner: write)
            reg.pending = replacing
            record.registers.append(reg)
            return
        }
        var reg = record.registers[i]
        let ref = write.version.ref
        if let p = reg.pending.firstIndex(of: ref) {
            reg.pending.remove(at: p)
        } else if write.version != reg.winner.version, !reg.others.contains(where: { $0.version == write.version }) {
            if devices.isNewer(write.version, than: reg.winner.version) {
                reg.others.append(reg.winner)
                reg.winner = write
            } else {
                reg.others.append(write)
            }
        }
        for r in replacing {
            if let o = reg.others.firstIndex(where: { $0.version.ref == r }) {
                reg.others.remove(at: o)
            } else if reg.winner.version.ref == r {
                // The replaced winner gives way to the newest remaining head; with sound clocks one remains.
                guard let best = reg.others.indices.max(by: { !devices.isNewer(reg.others[$0].version, than: reg.others[$1].version) }) else { continue }
                reg.winner = reg.others.remove(at: best)
            } else if !reg.pending.contains(r) {
                reg.pending.append(r)
            }
        }
        record.registers[i] = reg
    }

    private func apply(setChange c: SetChange, version: Version, to record: inout Record) {
        let element = SetRegister.Element(value: c.element, present: c.isAddition, version: version)
        guard let i = record.sets.firstIndex(where: { $0.field == c.field }) else {
            record.sets.append(SetRegister(field: c.field, elements: [element]))
            return
        }
        if let e = record.sets[i].elements.firstIndex(where: { $0.value == c.element }) {
            if devices.isNewer(version, than: record.sets[i].elements[e].version) {
                record.sets[i].elements[e] = element
            }
        } else {
            record.sets[i].elements.append(element)
        }
    }
}

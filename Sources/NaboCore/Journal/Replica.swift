/// The state every device computes from the union of journals: a deterministic fold, so any two
/// devices holding the same operations show the same records, whatever order they read them in.
public struct Replica: Sendable {
    /// Records by type and id as folded here. For a type still in a snapshot these are only the
    /// records changed since, laid over the snapshot's.
    var tables: [String: [String: Record]] = [:]
    /// Tables in a snapshot, decoded a record at a time, or whole when listed.
    var lazyTables: [String: LazyTable] = [:]
    public internal(set) var devices = DeviceTable()
    /// Each device's worker name, from its highest-numbered operation (so every laptop names the
    /// same worker whatever order it read the journals in), to say who wrote a conflicting value.
    public internal(set) var authors: [String] = []
    var authorSeqs: [UInt32] = []
    /// The highest clock reading folded so far at or below `clockCeiling`; a new local operation
    /// must pass it.
    public internal(set) var clock = HLC(raw: 0)
    /// Readings above this are folded like any other but never pull `clock` forward: one laptop
    /// with a clock years ahead must not date everyone's later work years ahead. The store sets
    /// it a day ahead of this laptop's clock.
    public var clockCeiling = HLC(raw: .max)
    /// Devices whose operations were dated above the ceiling, with how many and the latest date.
    public internal(set) var ahead: [String: AheadClock] = [:]
    public internal(set) var operationCount = 0

    public init() {}

    /// The record types held, including ones this build does not know (kept for newer versions).
    public var types: [String] {
        Set(tables.keys).union(lazyTables.keys).sorted()
    }

    public func records(_ type: String) -> Dictionary<String, Record>.Values {
        guard let lazy = lazyTables[type] else { return (tables[type] ?? [:]).values }
        return lazy.records(overlaid: tables[type] ?? [:]).values
    }

    /// Every live visit's day, next visit, unit and residents: the snapshot's index with the visits
    /// changed since laid over it, or without a snapshot, read from the visits.
    public var visitIndex: VisitIndex {
        guard let stored = lazyTables[EntityType.visit.rawValue]?.visitIndex else { return VisitIndex(records(EntityType.visit.rawValue)) }
        return stored.overlaid(tables[EntityType.visit.rawValue] ?? [:])
    }

    public func record(_ type: String, _ id: String) -> Record? {
        if let r = tables[type]?[id] { return r }
        return lazyTables[type]?.record(id)
    }

    /// The record, unless it is missing or deleted.
    public func live(_ type: String, _ id: String) -> Record? {
        guard let r = record(type, id), !r.isDeleted else { return nil }
        return r
    }

    public func opID(_ version: Version) -> OpID { devices.opID(version.ref) }

    public func author(of version: Version) -> String? {
        Int(version.device) < authors.count ? authors[Int(version.device)] : nil
    }

    /// Folds one operation. Order does not matter: writes that arrive before the writes they replace
    /// leave a note (`pending`) so the replaced ones are recognised when they come.
    public mutating func apply(_ op: Op) {
        let device = devices.intern(op.id.device)
        let version = Version(clock: op.clock, device: device, seq: op.id.seq, wall: op.wall)
        operationCount += 1
        if op.clock > clock {
            if op.clock <= clockCeiling { clock = op.clock } else { ahead[op.id.device, default: AheadClock()].note(op.clock) }
        }
        while authors.count <= Int(device) { authors.append(""); authorSeqs.append(0) }
        if op.id.seq >= authorSeqs[Int(device)] {
            authorSeqs[Int(device)] = op.id.seq
            if authors[Int(device)] != op.author { authors[Int(device)] = op.author }
        }
        guard !op.type.isEmpty else { return }
        // Most lines replace nothing; only then is a list of replaced ops per write built.
        let replaced: [[OpRef]]? = op.writes.contains { !$0.replaces.isEmpty }
            ? op.writes.map { $0.replaces.map { OpRef(device: devices.intern($0.device), seq: $0.seq) } }
            : nil
        let saw = op.deletion.map { $0.saw.map { OpRef(device: devices.intern($0.device), seq: $0.seq) } }
        // A record still in the snapshot is copied out before it changes; the rest stay there.
        if !lazyTables.isEmpty, tables[op.type]?[op.entity] == nil, let stored = lazyTables[op.type]?.record(op.entity) {
            tables[op.type, default: [:]][op.entity] = stored
        }
        let table = devices
        // One in-place lookup of the record: the hot path when a store of half a million lines opens.
        Self.fold(op, version: version, replaced: replaced, saw: saw, devices: table,
                  into: &tables[op.type, default: [:]][op.entity, default: Record(id: op.entity)])
    }

    static func fold(_ op: Op, version: Version, replaced: [[OpRef]]?, saw: [OpRef]?, devices: DeviceTable, into record: inout Record) {
        if record.registers.isEmpty, replaced == nil {
            // A new record: its registers are made in one allocation.
            record.registers.reserveCapacity(op.writes.count)
        }
        for (i, w) in op.writes.enumerated() {
            fold(write: Head(value: w.value, version: version), field: w.field, replacing: replaced?[i] ?? [], devices: devices, into: &record)
        }
        for c in op.setChanges {
            fold(setChange: c, version: version, devices: devices, into: &record)
        }
        if let d = op.deletion, let saw {
            let state = Record.DeletionState(version: version, deleted: !d.restore, saw: saw)
            if record.deletion.map({ devices.isNewer(version, than: $0.version) }) ?? true {
                record.deletionBox = [state]
            }
        }
    }

    static func fold(write: Head, field: String, replacing: [OpRef], devices: DeviceTable, into record: inout Record) {
        guard let i = record.registers.firstIndex(where: { $0.field == field }) else {
            var reg = Register(field: field, winner: write)
            reg.contest = replacing.map { .pending($0) }
            record.registers.append(reg)
            return
        }
        fold(write: write, replacing: replacing, devices: devices, into: &record.registers[i])
    }

    static func fold(write: Head, replacing: [OpRef], devices: DeviceTable, into reg: inout Register) {
        let ref = write.version.ref
        if let p = reg.contest.firstIndex(of: .pending(ref)) {
            reg.contest.remove(at: p)
        } else if write.version != reg.winner.version, !reg.contest.contains(.head(write)) {
            if devices.isNewer(write.version, than: reg.winner.version) {
                reg.contest.append(.head(reg.winner))
                reg.winner = write
            } else {
                reg.contest.append(.head(write))
            }
        }
        for r in replacing {
            if let o = reg.contest.firstIndex(where: { if case .head(let h) = $0 { h.version.ref == r } else { false } }) {
                reg.contest.remove(at: o)
            } else if reg.winner.version.ref == r {
                // The replaced winner gives way to the newest remaining head; with sound clocks one remains.
                let heads = reg.others
                guard let best = heads.indices.max(by: { !devices.isNewer(heads[$0].version, than: heads[$1].version) }) else { continue }
                reg.winner = heads[best]
                reg.contest.removeAll { $0 == .head(heads[best]) }
            } else if !reg.contest.contains(.pending(r)) {
                reg.contest.append(.pending(r))
            }
        }
    }

    /// Elements stay ordered by the version that decided them (then by value), so the members
    /// read in the same order on every laptop; one operation's elements keep its own order.
    static func fold(setChange c: SetChange, version: Version, devices: DeviceTable, into record: inout Record) {
        let element = SetRegister.Element(value: c.element, present: c.isAddition, version: version)
        guard let i = record.sets.firstIndex(where: { $0.field == c.field }) else {
            record.sets.append(SetRegister(field: c.field, elements: [element]))
            return
        }
        if let e = record.sets[i].elements.firstIndex(where: { $0.value == c.element }) {
            guard devices.isNewer(version, than: record.sets[i].elements[e].version) else { return }
            record.sets[i].elements.remove(at: e)
        }
        let elements = record.sets[i].elements
        var at = elements.count
        while at > 0, Self.precedes(element, elements[at - 1], devices) { at -= 1 }
        record.sets[i].elements.insert(element, at: at)
    }

    private static func precedes(_ a: SetRegister.Element, _ b: SetRegister.Element, _ devices: DeviceTable) -> Bool {
        if a.version == b.version { return false }
        if devices.isNewer(b.version, than: a.version) { return true }
        return a.version.ref == b.version.ref && a.value < b.value
    }
}

/// Operations of one device dated beyond the clock ceiling: reported, never followed.
public struct AheadClock: Equatable, Sendable {
    public var count = 0
    public var latest = HLC(raw: 0)

    mutating func note(_ clock: HLC) {
        count += 1
        if clock > latest { latest = clock }
    }
}

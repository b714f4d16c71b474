import Foundation
import NaboCore

/// Two live laptops writing as one device (a home folder restored onto a second machine) each
/// number their changes from the same counter. The first laptop whose sync shows it takes a new
/// device id and writes again, under the new id, each of its own operations whose id the other
/// laptop had used with other content and whose copy was not the one kept (`prevails`); the kept
/// copy needs nothing. Records such an operation created get ids of the new device, and the
/// laptop's other changes that named those records are written again to name the new ids.
extension Store {
    func takeNewDevice(report: inout SyncReport) throws(Message) {
        guard var id = identity else { return }
        let old = id.device
        let oldLast = id.lastSeq
        let lost = ownLosers.compactMap { line in line.withUnsafeBufferPointer { try? JournalLine.decode($0) } }
            .filter { $0.id.device == old }.sorted { $0.id.seq < $1.id.seq }
        let lostSeqs = Set(lost.map(\.id.seq))
        let fresh = DeviceRegistry.newDeviceID()
        id = DeviceRegistry.Entry(device: fresh, worker: id.worker, lastSeq: 0)
        do throws(Files.Failure) { try registry.set(id, for: canonicalFolder) } catch { throw error.message }
        identity = id
        twinSeen = false
        ownLosers = []

        var opRemap: [OpID: OpID] = [:]
        var recordRemap: [String: String] = [:]
        for (i, op) in lost.enumerated() {
            let newID = OpID(device: fresh, seq: UInt32(i + 1))
            opRemap[op.id] = newID
            if let type = EntityType(rawValue: op.type), op.entity == Context.recordID(type, device: old, seq: op.id.seq) {
                recordRemap[op.entity] = Context.recordID(type, device: fresh, seq: newID.seq)
            }
        }
        var again = lost.map { Self.moved($0, to: opRemap[$0.id]!, ops: opRemap, records: recordRemap) }
        // This laptop's kept changes that name a moved record are written again to name its new id.
        if !recordRemap.isEmpty {
            var kept: [Op] = []
            _ = try? JournalReader.read(journalFolder + "/" + old + ".jsonl", name: old + ".jsonl", opener: opener) { line in
                let op = line.op
                guard op.id.device == old, op.id.seq <= oldLast, !lostSeqs.contains(op.id.seq) else { return }
                if op.writes.contains(where: { Self.names($0.value, recordRemap) }) || op.setChanges.contains(where: { recordRemap[$0.element] != nil }) {
                    kept.append(op)
                }
            }
            for op in kept {
                var fix = Op(id: OpID(device: fresh, seq: UInt32(again.count + 1)), clock: op.clock, wall: op.wall, author: op.author,
                             type: op.type, entity: recordRemap[op.entity] ?? op.entity)
                fix.writes = op.writes.filter { Self.names($0.value, recordRemap) }
                    .map { FieldWrite($0.field, Self.remapped($0.value, recordRemap), replaces: [op.id]) }
                for c in op.setChanges where recordRemap[c.element] != nil {
                    fix.setChanges.append(SetChange(c.field, c.element, add: false))
                    fix.setChanges.append(SetChange(c.field, recordRemap[c.element]!, add: c.isAddition))
                }
                again.append(fix)
            }
        }
        try append(again)
        report.newDevice = SyncReport.NewDevice(rewritten: again.count)
    }

    /// An operation under a new id, with the ids it names moved as well.
    static func moved(_ op: Op, to id: OpID, ops: [OpID: OpID], records: [String: String]) -> Op {
        var out = Op(id: id, clock: op.clock, wall: op.wall, author: op.author, type: op.type, entity: records[op.entity] ?? op.entity)
        out.writes = op.writes.map { FieldWrite($0.field, remapped($0.value, records), replaces: $0.replaces.map { ops[$0] ?? $0 }) }
        out.setChanges = op.setChanges.map { SetChange($0.field, records[$0.element] ?? $0.element, add: $0.isAddition) }
        out.deletion = op.deletion.map { Deletion(saw: $0.saw.map { ops[$0] ?? $0 }, restore: $0.restore) }
        return out
    }

    static func names(_ value: JSONValue, _ records: [String: String]) -> Bool {
        if case .string(let s) = value { return records[s] != nil }
        return false
    }

    static func remapped(_ value: JSONValue, _ records: [String: String]) -> JSONValue {
        if case .string(let s) = value, let to = records[s] { return .string(to) }
        return value
    }
}

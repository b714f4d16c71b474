import Foundation
import NaboCore
import NaboStore

/// `--snapshot-child STORE STATE`: the two ways a snapshot is written, in a process of its own so
/// the memory is theirs. After a cold fold (the first command on a copied store): the fold's time,
/// the writing's time, and how far writing raised the peak. Then with the store opened from that
/// snapshot and 1,000 visits changed since (the interface at quit): the writing's time and peak
/// rise again, and the snapshot's size. Printed as seven numbers.
enum SnapshotWriteChild {
    static func run(folder: String, state: String) -> Never {
        do {
            var fold = 0.0, write = 0.0, rise = 0.0
            do {
                var cold: Store?
                fold = try seconds { cold = try Store(folder, stateHome: state, readOnly: true, useSnapshot: false) }
                let before = peakMemoryBytes()
                write = try seconds { try cold?.saveSnapshot() }
                rise = peakMemoryBytes() - before
            }
            let warm = try Store(folder, stateHome: state)
            let visits = warm.replica.records(EntityType.visit.rawValue).prefix(1000).map(\.id)
            var ops: [Op] = []
            guard let identity = warm.identity else { throw Message(nb: "Maskinen er ikke satt opp.", en: "This machine is not set up.") }
            let device = identity.device
            var seq = identity.lastSeq + 1
            for id in visits {
                var op = Op(id: OpID(device: device, seq: seq), clock: warm.replica.clock.tick(now: 0), author: "Bench", type: EntityType.visit.rawValue, entity: id)
                op.writes = [FieldWrite("note", .string("Endret etter øyeblikksbildet."))]
                ops.append(op)
                seq += 1
            }
            try warm.appendBulk(ops)
            let before = peakMemoryBytes()
            let again = try seconds { try warm.saveSnapshot() }
            let riseAgain = peakMemoryBytes() - before
            let size = Double((try? FileManager.default.attributesOfItem(atPath: folder + "/snapshot.bin")[.size] as? Int) ?? 0)
            print("\(fold) \(write) \(rise) \(again) \(riseAgain) \(size) \(warm.replica.operationCount)")
            exit(0)
        } catch {
            print("\(error)")
            exit(1)
        }
    }
}

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

/// `nabo-bench --snapshot`: the snapshot written after a cold fold and after a day's changes, against
/// the fold's time and the snapshot's size.
enum SnapshotBenchmark {
    static func run(_ bench: StoreBenchmark) throws {
        try bench.prepare()
        let state = bench.options.root + "/snapshot-write-state"
        let work = try bench.freshCopy("snapshot-write", state: state).work
        let f = try bench.child(["--snapshot-child", work, state])
        let (fold, write, rise, again, riseAgain, size) = (f[0], f[1], f[2], f[3], f[4], f[5])
        print(Figure(name: "snapshot: cold fold of \(Int(f[6])) operations", value: fold, unit: "s").line)
        print(Figure(name: "snapshot: written after the cold fold", value: write, unit: "s", target: String(format: "<= %.3f s (the fold)", fold), met: write <= fold).line)
        print(Figure(name: "snapshot: its size", value: size / 1e6, unit: "MB").line)
        print(Figure(name: "snapshot: peak memory added by writing it after the fold", value: rise / 1e6, unit: "MB",
                     target: String(format: "<= %.0f MB (its size)", size / 1e6), met: rise <= size).line)
        print(Figure(name: "snapshot: written again with 1,000 visits changed since", value: again, unit: "s", target: String(format: "<= %.3f s (the fold)", fold), met: again <= fold).line)
        print(Figure(name: "snapshot: peak memory added by writing it again", value: riseAgain / 1e6, unit: "MB",
                     target: String(format: "<= %.0f MB (its size)", size / 1e6), met: riseAgain <= size).line)
    }
}

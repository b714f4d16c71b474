import NaboTestSupport
import Testing
@testable import NaboCore

/// Random work on several replicas with random pairwise exchanges, in memory: the fold must converge,
/// lose nothing, and not care about order or repetition.
@Suite struct ConvergenceTests {
    struct Device {
        var name: String
        var replica = Replica()
        var ops: [OpID: Op] = [:]
        var seq: UInt32 = 0
        var now: Int64

        mutating func receive(_ more: [Op]) {
            for op in more where ops[op.id] == nil {
                ops[op.id] = op
                replica.apply(op)
            }
        }
    }

    static let fields = ["status", "title", "due"]
    static let values: [JSONValue] = ["a", "b", "c", "d"]

    /// One random local edit: a field write naming what it replaces, a set change, or a delete/restore.
    static func edit(_ d: inout Device, _ rng: inout SplitMix64) -> Op {
        d.seq += 1
        d.now += Int64(rng.next() % 3)
        let entity = "m\(rng.next() % 3)"
        let clock = d.replica.clock.tick(now: d.now)
        var op = Op(id: OpID(device: d.name, seq: d.seq), clock: clock, author: d.name, type: "measure", entity: entity)
        let record = d.replica.record("measure", entity)
        switch rng.next() % 10 {
        case 0..<6:
            let f = fields[Int(rng.next() % 3)]
            let reg = record?.register(f)
            let replaced = reg.map { [$0.winner] + $0.others }?.map { d.replica.opID($0.version) } ?? []
            op.writes = [FieldWrite(f, values[Int(rng.next() % 4)], replaces: replaced)]
        case 6..<9:
            op.setChanges = [SetChange("attended", "r\(rng.next() % 4)", add: rng.next() % 3 != 0)]
        default:
            let saw = record?.registers.flatMap { [$0.winner] + $0.others }.map { d.replica.opID($0.version) } ?? []
            op.deletion = Deletion(saw: saw, restore: record?.isDeleted ?? false)
        }
        d.receive([op])
        return op
    }

    @Test(arguments: 0..<25)
    func randomEditsAndSyncsConverge(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var devices = (0..<(3 + Int(seed % 3))).map { Device(name: "dev\($0)", now: 1000 + Int64(rng.next() % 50)) }
        var everything: [OpID: Op] = [:]
        for _ in 0..<120 {
            let i = Int(rng.next() % UInt64(devices.count))
            if rng.next() % 3 == 0 {
                let j = Int(rng.next() % UInt64(devices.count))
                // A sync copies journals, in any order, sometimes only part of them (a stale copy).
                var incoming = Array(devices[j].ops.values)
                incoming.shuffle(using: &rng)
                if rng.next() % 4 == 0 { incoming = Array(incoming.prefix(incoming.count / 2)) }
                devices[i].receive(incoming)
            } else {
                let op = Self.edit(&devices[i], &rng)
                everything[op.id] = op
            }
        }
        // Everyone exchanges everything, each in its own random order.
        for i in devices.indices {
            var all = Array(everything.values)
            all.shuffle(using: &rng)
            devices[i].receive(all)
            devices[i].receive(all)
        }
        let digests = devices.map { Digest.of($0.replica) }
        for d in digests.dropFirst() { #expect(d == digests[0]) }
        for d in devices { #expect(Set(d.ops.keys) == Set(everything.keys)) }
        // A fold from scratch in yet another order gives the same state: commutativity and idempotence.
        var fresh = Replica()
        for op in everything.values.sorted(by: { $0.id > $1.id }) { fresh.apply(op) }
        #expect(Digest.of(fresh) == digests[0])
    }

    @Test func concurrentAdditionsOnThreeReplicasAllSurvive() {
        var devices = (0..<3).map { Device(name: "d\($0)", now: 100) }
        var all: [Op] = []
        for i in devices.indices {
            devices[i].seq = 1
            let op = Op(id: OpID(device: devices[i].name, seq: 1), clock: HLC(millis: 100, counter: 0), author: "w", type: "dugnad", entity: "g1",
                        setChanges: [SetChange("attended", "r\(i)", add: true)])
            devices[i].receive([op])
            all.append(op)
        }
        for i in devices.indices { devices[i].receive(all.reversed()) }
        for d in devices { #expect(d.replica.record("dugnad", "g1")?.members("attended").sorted() == ["r0", "r1", "r2"]) }
    }
}

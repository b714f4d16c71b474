import NaboTestSupport
import Testing
@testable import NaboCore

/// The fold: what a replica shows after a set of operations, whatever order they arrive in.
@Suite struct ReplicaTests {
    func op(_ device: String, _ seq: UInt32, at clock: UInt64, _ writes: [FieldWrite] = [], sets: [SetChange] = [], delete: Deletion? = nil) -> Op {
        Op(id: OpID(device: device, seq: seq), clock: HLC(raw: clock), author: device.uppercased(), type: "measure", entity: "m1",
           writes: writes, setChanges: sets, deletion: delete)
    }

    @Test func laterWriteThatSawTheEarlierOneReplacesIt() {
        let a = op("a", 1, at: 10, [FieldWrite("status", "waiting")])
        let b = op("b", 1, at: 20, [FieldWrite("status", "done", replaces: [a.id])])
        for order in [[a, b], [b, a]] {
            var r = Replica()
            order.forEach { r.apply($0) }
            let reg = r.record("measure", "m1")!.register("status")!
            #expect(reg.winner.value == "done")
            #expect(reg.others.isEmpty)
            #expect(reg.pending.isEmpty)
            #expect(Conflicts.all(in: r).isEmpty)
        }
    }

    @Test func concurrentWritesAreKeptAsAConflictAndTheNewerShows() {
        let base = op("a", 1, at: 10, [FieldWrite("status", "waiting")])
        let x = op("a", 2, at: 30, [FieldWrite("status", "ordered", replaces: [base.id])])
        let y = op("b", 1, at: 20, [FieldWrite("status", "done", replaces: [base.id])])
        for order in [[base, x, y], [y, x, base], [x, base, y], [y, base, x]] {
            var r = Replica()
            order.forEach { r.apply($0) }
            let conflicts = Conflicts.all(in: r)
            #expect(r.record("measure", "m1")?["status"] == "ordered")
            #expect(conflicts.count == 1)
            #expect(Set(conflicts[0].values.map(\.value)) == ["ordered", "done"])
            #expect(Set(conflicts[0].values.compactMap(\.author)) == ["A", "B"])
        }
    }

    @Test func writingAgainAfterSeeingBothSettlesTheConflict() {
        let base = op("a", 1, at: 10, [FieldWrite("status", "waiting")])
        let x = op("a", 2, at: 30, [FieldWrite("status", "ordered", replaces: [base.id])])
        let y = op("b", 1, at: 20, [FieldWrite("status", "done", replaces: [base.id])])
        let settle = op("c", 1, at: 40, [FieldWrite("status", "done", replaces: [x.id, y.id])])
        var r = Replica()
        [settle, y, base, x].forEach { r.apply($0) }
        #expect(r.record("measure", "m1")?["status"] == "done")
        #expect(Conflicts.all(in: r).isEmpty)
    }

    @Test func editsToDifferentFieldsBothSurvive() {
        let base = op("a", 1, at: 10, [FieldWrite("status", "waiting"), FieldWrite("due", "2026-12-01")])
        let x = op("a", 2, at: 30, [FieldWrite("status", "ordered", replaces: [base.id])])
        let y = op("b", 1, at: 20, [FieldWrite("due", "2027-01-01", replaces: [base.id])])
        var r = Replica()
        [y, x, base].forEach { r.apply($0) }
        #expect(r.record("measure", "m1")?["status"] == "ordered")
        #expect(r.record("measure", "m1")?["due"] == "2027-01-01")
        #expect(Conflicts.all(in: r).isEmpty)
    }

    @Test func concurrentAdditionsToASetBothCount() {
        let x = op("a", 1, at: 10, sets: [SetChange("attended", "r1", add: true)])
        let y = op("b", 1, at: 10, sets: [SetChange("attended", "r2", add: true)])
        let z = op("c", 1, at: 15, sets: [SetChange("attended", "r1", add: false)])
        var r1 = Replica(), r2 = Replica()
        [x, y].forEach { r1.apply($0) }
        [y, x].forEach { r2.apply($0) }
        #expect(r1.record("measure", "m1")?.members("attended").sorted() == ["r1", "r2"])
        #expect(Digest.of(r1) == Digest.of(r2))
        r1.apply(z)
        #expect(r1.record("measure", "m1")?.members("attended") == ["r2"])
    }

    @Test func anEditConcurrentWithADeleteIsSurfaced() {
        let base = op("a", 1, at: 10, [FieldWrite("status", "waiting")])
        let del = op("a", 2, at: 30, delete: Deletion(saw: [base.id]))
        let edit = op("b", 1, at: 20, [FieldWrite("status", "done", replaces: [base.id])])
        var r = Replica()
        [edit, del, base].forEach { r.apply($0) }
        #expect(r.record("measure", "m1")?.isDeleted == true)
        let c = Conflicts.all(in: r)
        #expect(c.count == 1)
        #expect(c.first?.field == nil)
        #expect(c.first?.values.map(\.value) == ["done"])
        r.apply(op("a", 3, at: 40, delete: Deletion(saw: [], restore: true)))
        #expect(r.live("measure", "m1")?["status"] == "done")
    }

    @Test func equalClocksAreBrokenByDeviceIdTheSameEverywhere() {
        let x = op("a", 1, at: 10, [FieldWrite("title", "A")])
        let y = op("b", 1, at: 10, [FieldWrite("title", "B")])
        var r1 = Replica(), r2 = Replica()
        [x, y].forEach { r1.apply($0) }
        [y, x].forEach { r2.apply($0) }
        #expect(r1.record("measure", "m1")?["title"] == "B")
        #expect(r2.record("measure", "m1")?["title"] == "B")
    }

    @Test func clockNeverRunsBackwards() {
        let c = HLC(millis: 1000, counter: 5)
        #expect(c.tick(now: 500) == HLC(millis: 1000, counter: 6))
        #expect(c.tick(now: 2000) == HLC(millis: 2000, counter: 0))
    }
}

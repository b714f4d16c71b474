import NaboTestSupport
import Testing
@testable import NaboCore

@Suite struct UndoTests {
    var ctx = Fixed.context()
    var r = Replica()

    mutating func commit(_ c: Change) throws -> [Op] {
        let ops = try Planner.plan(c, in: r, context: ctx)
        ops.forEach { r.apply($0) }
        ctx.nextSeq += UInt32(ops.count)
        ctx.now += 1000
        return ops
    }

    @Test mutating func undoPutsBackAnEditAnAdditionAndADeletion() throws {
        let a = try commit(.add(.address, Edit(values: ["street": "Runarveien", "number": "1", "postcode": "3216", "city": "Sandefjord"])))[0].entity
        let u = try commit(.add(.unit, Edit(values: ["address": a, "number": "H0101", "status": "vacant"])))[0].entity
        let before = Digest.of(r)

        let snapshot = r
        let edit = try commit(.set(.unit, id: u, Edit(values: ["status": "let", "rooms": "2"])))
        let undo = try #require(Undo.change(undoing: edit, before: snapshot))
        _ = try commit(undo)
        #expect(Digest.of(r) == before)

        let beforeDelete = r
        let del = try commit(.delete(.unit, id: u))
        _ = try commit(try #require(Undo.change(undoing: del, before: beforeDelete)))
        #expect(r.live("unit", u) != nil)

        let beforeAdd = r
        let added = try commit(.add(.unit, Edit(values: ["address": a, "number": "H0102"])))
        _ = try commit(try #require(Undo.change(undoing: added, before: beforeAdd)))
        #expect(r.live("unit", added[0].entity) == nil)
    }
}

import NaboTestSupport
import Testing
@testable import NaboCore

/// The rules as a reducer: a change on a given state gives exactly these operations, or a message.
@Suite struct PlannerTests {
    let ctx = Fixed.context()

    func commit(_ change: Change, _ r: inout Replica, seq: UInt32? = nil) throws -> [Op] {
        var c = ctx
        c.nextSeq = seq ?? UInt32(r.operationCount + 1)
        let ops = try Planner.plan(change, in: r, context: c)
        ops.forEach { r.apply($0) }
        return ops
    }

    func address(_ r: inout Replica) throws -> String {
        try commit(.add(.address, Edit(values: ["street": "Runarveien", "number": "1", "postcode": "3216", "city": "Sandefjord"])), &r)[0].entity
    }

    @Test func addingAnAddressWritesOneOperationWithTheTypedFields() throws {
        var r = Replica()
        let ops = try commit(.add(.address, Edit(values: ["street": " Runarveien ", "number": "1", "letter": "b", "postcode": "3216", "city": "Sandefjord"])), &r)
        #expect(ops == [Op(id: OpID(device: "devaaaaaaaaa", seq: 1), clock: HLC(millis: Fixed.now, counter: 0), wall: Fixed.now, author: "Kari Test",
                           type: "address", entity: "adr-devaaa1",
                           writes: [FieldWrite("street", "Runarveien"), FieldWrite("number", 1), FieldWrite("letter", "B"),
                                    FieldWrite("postcode", "3216"), FieldWrite("city", "Sandefjord")])])
        #expect(Digest.of(r) == ["address/adr-devaaa1 live city=\"Sandefjord\" letter=\"B\" number=1 postcode=\"3216\" street=\"Runarveien\""])
    }

    @Test func aDeleteNamesEachOperationItSawOnce() throws {
        var r = Replica()
        let id = try address(&r)
        let edit = try commit(.set(.address, id: id, Edit(values: ["letter": "c", "number": "2"])), &r)
        let deletion = try commit(.delete(.address, id: id), &r)[0].deletion
        #expect(deletion?.saw == [OpID(device: "devaaaaaaaaa", seq: 1), edit[0].id])
    }

    @Test func aVisitTakesItsUnitAndAddressFromTheResidentAndTheWorkerFromTheContext() throws {
        var r = Replica()
        let a = try address(&r)
        let u = try commit(.add(.unit, Edit(values: ["address": a, "number": "h0101"])), &r)[0].entity
        let p = try commit(.add(.resident, Edit(values: ["name": "Ørjan Ødegård", "unit": u, "phone": "400 00 001"])), &r)[0].entity
        #expect(r.record("resident", p)?["phone"] == "+4740000001")
        #expect(r.record("unit", u)?["number"] == "H0101")
        #expect(r.record("unit", u)?["status"] == "vacant")
        let ops = try commit(.add(.visit, Edit(values: ["date": "2026-11-22T10:30", "note": "Snakket om låsen.", "next": "06.12.2026"],
                                              additions: ["residents": [p]])), &r)
        #expect(ops.count == 1)
        #expect(ops[0].writes == [FieldWrite("unit", .string(u)), FieldWrite("address", .string(a)), FieldWrite("date", "2026-11-22T10:30+01:00"),
                                  FieldWrite("kind", "home-visit"), FieldWrite("worker", "Kari Test"), FieldWrite("note", "Snakket om låsen."),
                                  FieldWrite("next", "2026-12-06")])
        #expect(ops[0].setChanges == [SetChange("residents", p, add: true)])
    }

    @Test func settingAFieldNamesTheWriteItReplacesAndUnchangedFieldsAreNotWritten() throws {
        var r = Replica()
        let a = try address(&r)
        let m = try commit(.add(.measure, Edit(values: ["address": a, "title": "Låse loftet", "category": "attic"])), &r)[0]
        let ops = try commit(.set(.measure, id: m.entity, Edit(values: ["status": "ordered", "title": "Låse loftet"])), &r)
        #expect(ops.map(\.writes) == [[FieldWrite("status", "ordered", replaces: [m.id])]])
        #expect(try commit(.set(.measure, id: m.entity, Edit(values: ["status": "ordered"])), &r).isEmpty)
    }

    @Test func deletingAReferencedRecordIsRefusedAndAFreeOneIsDeletedAndRestored() throws {
        var r = Replica()
        let a = try address(&r)
        let u = try commit(.add(.unit, Edit(values: ["address": a, "number": "H0101"])), &r)[0].entity
        #expect(throws: Message.self) { try commit(.delete(.address, id: a), &r) }
        _ = try commit(.delete(.unit, id: u), &r)
        #expect(r.live("unit", u) == nil)
        #expect(throws: Message.self) { try commit(.set(.unit, id: u, Edit(values: ["rooms": "2"])), &r) }
        _ = try commit(.restore(.unit, id: u), &r)
        #expect(r.live("unit", u)?["number"] == "H0101")
    }

    @Test func aBatchSeesItsOwnEarlierStepsAndFailsWhole() throws {
        var r = Replica()
        let addressID = Context.recordID(.address, device: ctx.device, seq: 1)
        let ok = Change.batch([.add(.address, Edit(values: ["street": "Runarveien", "number": "3", "postcode": "3216", "city": "Sandefjord"])),
                               .add(.unit, Edit(values: ["address": addressID, "number": "H0101"]))])
        #expect(try commit(ok, &r, seq: 1).count == 2)
        let bad = Change.batch([.add(.unit, Edit(values: ["address": addressID, "number": "H0102"])),
                                .add(.unit, Edit(values: ["address": addressID, "number": "H0102"]))])
        #expect(throws: Message.self) { try commit(bad, &r) }
        #expect(r.records("unit").count == 1)
    }
}

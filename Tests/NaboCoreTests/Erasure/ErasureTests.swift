import NaboTestSupport
import Testing
@testable import NaboCore

/// The erasure's scope and the rule that rewrites lines, on the neighbours who share a visit and
/// a dugnad (`PersonExportTests.Neighbours`): the export's records are the erasure's.
@Suite struct ErasureTests {
    /// A visible stand-in for the store's HMAC, so the expected lines can be written out.
    static let hash: KeyedHash = { "h(" + $0 + ")" }

    @Test func thePersonsOwnRecordsGoAndSharedOnesStay() throws {
        let n = try PersonExportTests.Neighbours()
        let scope = ErasureScope(try #require(PersonRecords(n.kari, in: n.world.replica)), in: n.world.replica)
        #expect(scope.resident == n.kari)
        #expect(scope.erased == [RecordRef(.resident, n.kari), RecordRef(.followUp, n.plan), RecordRef(.input, n.input)])
        #expect(scope.shared == [RecordRef(.dugnad, n.dugnad), RecordRef(.visit, n.visit)])
        #expect(scope.erasedCounts == ["resident": 1, "followup": 1, "input": 1])
        #expect(scope.sharedCounts == ["dugnad": 1, "visit": 1])
    }

    @Test func neighboursErasedTogetherTakeWhatOnlyTheyShared() throws {
        let n = try PersonExportTests.Neighbours()
        let scope = ErasureScope(try #require(PersonRecords(n.kari, in: n.world.replica)), in: n.world.replica, alongWith: [n.ola])
        // The measure made from their visit goes with it; Ola's own input is Ola's erasure's.
        #expect(scope.erased == [RecordRef(.resident, n.kari), RecordRef(.dugnad, n.dugnad), RecordRef(.followUp, n.plan),
                                 RecordRef(.input, n.input), RecordRef(.measure, n.measure), RecordRef(.visit, n.visit)])
        #expect(scope.shared == [])
    }

    @Test func everyLineIsRewrittenByTheRuleAndNoOtherIs() throws {
        let n = try PersonExportTests.Neighbours()
        let replica = n.world.replica
        let scope = ErasureScope(try #require(PersonRecords(n.kari, in: replica)), in: replica)
        let receipt = ErasureReceipt(scope, name: "Kari Testesen", unit: nil, reason: "Asked", textLeft: 0, seen: [:],
                                     id: OpID(device: "erasing", seq: 1), context: n.world.ctx, hash: Self.hash)
        let rule = ErasureRule([receipt], hash: Self.hash)
        var cache: [String: OpID?] = [:]
        let rewritten = n.ops.compactMap { op in rule.rewritten(op, cache: &cache).map { (op, $0) } }
        let by = receipt.id
        func gone(_ op: Op) -> ErasureRule.Rewrite {
            ErasureRule.Rewrite(op: Op(id: op.id, clock: op.clock, wall: op.wall, rewrite: by, author: op.author, type: "", entity: ""), dropped: true)
        }
        func without(_ op: Op, _ field: String) -> ErasureRule.Rewrite {
            var out = op
            out.setChanges.removeAll { $0.element == n.kari }
            out.rewrite = by
            return ErasureRule.Rewrite(op: out, dropped: false)
        }
        let about: (String) -> [Op] = { id in n.ops.filter { $0.entity == id } }
        let expected = n.ops.compactMap { op -> (Op, ErasureRule.Rewrite)? in
            switch op.entity {
            case n.kari, n.input, n.plan: (op, gone(op))
            case n.visit where op.setChanges.contains { $0.element == n.kari }: (op, without(op, "residents"))
            case n.dugnad where op.setChanges.contains { $0.element == n.kari }: (op, without(op, "invited"))
            default: nil
            }
        }
        #expect(rewritten.map(\.0) == expected.map(\.0))
        #expect(rewritten.map(\.1) == expected.map(\.1))
        // Kari's records had more than one line each (the input was answered later).
        #expect(about(n.input).count == 2)
        // The shared visit keeps Ola and its note; the measure made from it is not touched.
        let visit = try #require(rewritten.first { $0.0.entity == n.visit }?.1.op)
        #expect(visit.setChanges == [SetChange("residents", n.ola, add: true)])
        #expect(visit.writes == about(n.visit)[0].writes)
        // A line once rewritten is left as it is.
        for (_, r) in rewritten { #expect(rule.rewritten(r.op, cache: &cache) == nil) }
    }

    @Test func theReceiptNamesNobody() throws {
        let n = try PersonExportTests.Neighbours()
        let scope = ErasureScope(try #require(PersonRecords(n.kari, in: n.world.replica)), in: n.world.replica)
        let receipt = ErasureReceipt(scope, name: "Kari Testesen", unit: "uni-x", reason: "Asked to be erased", textLeft: 2,
                                     seen: ["dev": 40], id: OpID(device: "dev", seq: 41), context: n.world.ctx, hash: Self.hash)
        #expect(receipt == ErasureReceipt(id: OpID(device: "dev", seq: 41), by: n.world.ctx.author, at: n.world.ctx.now, reason: "Asked to be erased",
                                          erased: ["resident": 1, "followup": 1, "input": 1], shared: ["dugnad": 1, "visit": 1], textLeft: 2,
                                          ids: [n.kari, n.plan, n.input].map(Self.hash).sorted(),
                                          person: "h(person\u{0}kari testesen\u{0}uni-x)", seen: ["dev": 40]))
        var replica = Replica()
        replica.apply(receipt.op(clock: HLC(millis: n.world.ctx.now, counter: 0)))
        #expect(ErasureReceipt.all(in: replica) == [receipt])
        #expect(ErasureReceipt.personKey(name: "Testesen, Kari", unit: "uni-x", hash: Self.hash) == receipt.person)
    }

    @Test func textNamingThePersonIsListedNotRewritten() throws {
        var n = try PersonExportTests.Neighbours()
        let note = try n.world.add(.visit, ["date": "2026-11-21", "note": "Ola sier at kari testesen flytter"], sets: ["residents": [n.ola]])
        let phone = try n.world.add(.input, ["resident": n.ola, "text": "Ring 400 00 001 om nøkkelen", "date": "2026-11-21"])
        let scope = ErasureScope(try #require(PersonRecords(n.kari, in: n.world.replica)), in: n.world.replica)
        let found = TextMention.find(name: "Kari Testesen", phone: "40000001", in: n.world.replica, except: Set(scope.erased))
        #expect(found == [TextMention(RecordRef(.input, phone), "text"), TextMention(RecordRef(.visit, note), "note")])
    }
}

import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

@Suite struct SnapshotTests {
    func demoStore(_ laptop: Laptop) throws -> Store {
        let s = try laptop.initialise()
        let ctx = try s.context(now: fixedDate)
        try s.append(DemoData.ops(on: s.replica, context: ctx))
        return s
    }

    @Test func aSnapshotGivesTheSameStateAndLaterLinesAreReadOnTop() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let cold: [String]
        do {
            let s = try demoStore(laptop)
            try s.saveSnapshot()
            _ = try addAddress(s, "Etter øyeblikksbildet")
            cold = Digest.of(s.replica)
        }
        let warm = try laptop.open()
        #expect(warm.operationsInSnapshot > 0)
        #expect(Digest.of(warm.replica) == cold)
        let reader = try laptop.open(readOnly: true)
        #expect(warm.replica.operationCount == reader.replica.operationCount)
        // Writing through a snapshot-loaded store works and reads back cold.
        let measure = try #require(warm.replica.records("measure").first?.id)
        try warm.commit(.set(.measure, id: measure, Edit(values: ["status": "done"])), now: fixedDate)
        let after = Digest.of(warm.replica)
        let coldAgain = try Store(laptop.data, stateHome: laptop.stateHome, readOnly: true, useSnapshot: false)
        #expect(Digest.of(coldAgain.replica) == after)
    }

    @Test func oneRecordIsFoundInASnapshotWithoutDecodingTheOthers() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        var cold: [String: Record] = [:]
        do {
            let s = try demoStore(laptop)
            try s.saveSnapshot()
            for r in s.replica.records("resident") { cold[r.id] = r }
        }
        let warm = try laptop.open(readOnly: true)
        for (id, record) in cold { #expect(warm.replica.record("resident", id) == record) }
        #expect(warm.replica.record("resident", "res-nobody") == nil)
        #expect(warm.replica.record("resident", "") == nil)
    }

    @Test func changesAfterASnapshotLieOverItAndARefusedPlanLeavesNoTrace() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        do {
            let s = try demoStore(laptop)
            try s.saveSnapshot()
        }
        let warm = try laptop.open()
        let units = Array(warm.replica.records("unit"))
        let unit = try #require(units.first)
        try warm.commit(.set(.unit, id: unit.id, Edit(values: ["rooms": "3"])), now: fixedDate)
        #expect(warm.replica.records("unit").first { $0.id == unit.id }?["rooms"] == 3)
        // A batch that fails at its second step was tried on a copy; nothing of it shows.
        let address = try #require(unit.string("address"))
        let bad = Change.batch([.add(.unit, Edit(values: ["address": address, "number": "U0901"])),
                                .add(.unit, Edit(values: ["address": address, "number": "U0901"]))])
        #expect(throws: Message.self) { try warm.commit(bad, now: fixedDate) }
        #expect(warm.replica.records("unit").count == units.count)
        try warm.saveSnapshot()
        let again = try laptop.open(readOnly: true)
        #expect(Digest.of(again.replica) == Digest.of(warm.replica))
        #expect(again.replica.record("unit", unit.id)?["rooms"] == 3)
    }

    @Test func aSnapshotIsRewrittenOnlyWhenTheNextStartWouldNoticeTheLinesSinceIt() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let s = try demoStore(laptop)
        let snapshot = laptop.data + "/snapshot.bin"
        // The demo's few hundred lines read fast enough without one.
        s.saveSnapshotIfStale()
        #expect(!FileManager.default.fileExists(atPath: snapshot))
        let streets = (0..<1000).map { Change.add(.address, Edit(values: ["street": "Gate \($0)", "number": "1", "postcode": "3216", "city": "Sandefjord"])) }
        try s.commit(.batch(streets), now: fixedDate)
        s.saveSnapshotIfStale()
        #expect(s.operationsInSnapshot == s.replica.operationCount)
        let warm = try laptop.open(readOnly: true)
        #expect(warm.operationsInSnapshot == s.replica.operationCount)
        #expect(Digest.of(warm.replica) == Digest.of(s.replica))
    }

    /// Saves the demo store's snapshot, then changes its bytes as `damage` does.
    func damagedSnapshot(_ laptop: Laptop, _ damage: (inout Data) -> Void) throws {
        do {
            let s = try demoStore(laptop)
            try s.saveSnapshot()
        }
        let snapshot = URL(fileURLWithPath: laptop.data + "/snapshot.bin")
        var bytes = try Data(contentsOf: snapshot)
        damage(&bytes)
        try bytes.write(to: snapshot)
    }

    @Test func aSnapshotIsIgnoredWhenAJournalGotShorterOrItIsGarbled() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        // Damage in the records, where only a checksum can notice it.
        try damagedSnapshot(laptop) { bytes in
            bytes.replaceSubrange((bytes.count - 300)..<(bytes.count - 200), with: Data(repeating: 0xFF, count: 100))
        }
        let s = try laptop.open(readOnly: true)
        #expect(s.replica.records("unit").count == 23)
        #expect(s.operationsInSnapshot == 0)
    }

    @Test func aSnapshotInAnEarlierFormatIsIgnoredAndTheNextOneReplacesIt() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        try damagedSnapshot(laptop) { $0.replaceSubrange(0..<8, with: Data("NABOSNP2".utf8)) }
        let s = try laptop.open()
        #expect(s.operationsInSnapshot == 0)
        #expect(s.replica.records("visit").count == s.replica.visitIndex.count)
        try s.saveSnapshot()
        let again = try laptop.open(readOnly: true)
        #expect(again.operationsInSnapshot > 0)
        #expect(Digest.of(again.replica) == Digest.of(s.replica))
    }
}

import Foundation
import NaboCore
@testable import NaboCLI
@testable import NaboStore
import NaboTestSupport
import Testing

/// A snapshot is written as it is made, so a table that fails its check halfway must stop the
/// writing without putting a half-written file in the snapshot's place.
@Suite struct DamagedSnapshotWritingTests {
    let folder = TempFolder("nabo-damaged-snapshot")

    /// Enough visits for a snapshot of three pieces, damaged in the middle one, which opening does
    /// not read (it reads the prelude in the first and the visit index's length in the last):
    /// writing again from it stops there, and neither the damaged file nor a half-written one is
    /// left for the next start, which reads the journals.
    @Test func aSnapshotThatCannotBeReadIsNotWrittenAgainHalfWay() throws {
        let data = folder.sub("data"), state = folder.sub("state")
        do {
            let store = try Store.initialise(data, worker: "Generator", stateHome: state)
            let device = try #require(store.identity?.device)
            var gen = SyntheticStore(seed: 3, device: device, author: "Generator", startDay: CalendarDate(year: 2025, month: 1, day: 6)!)
            gen.skip(to: (store.identity?.lastSeq ?? 0) + 1)
            let base = try gen.base(units: 40, residents: 60) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
            try gen.fieldwork(60_000, base: base, days: 300) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
        }
        try Store(data, stateHome: state).saveSnapshot()
        let file = data + "/snapshot.bin"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        try #require(bytes.count > 19 << 20, "\(bytes.count)")
        bytes[12 << 20] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: file))
        let warm = try Store(data, stateHome: state, readOnly: true)
        #expect(warm.operationsInSnapshot > 0)
        #expect(throws: Message.self) { try warm.saveSnapshot() }
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.hasPrefix(".nabo-tmp") }.isEmpty)
        let cold = try Store(data, stateHome: state, readOnly: true)
        #expect(cold.operationsInSnapshot == 0)
        #expect(cold.replica.records(EntityType.visit.rawValue).count > 50_000)
    }
}

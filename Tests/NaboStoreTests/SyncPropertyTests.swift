import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// Real stores on disk, random work, random syncs through two folders in random order, and stale
/// journal copies put back over newer ones: in the end everyone holds every operation and shows the same.
@Suite(.serialized) struct SyncPropertyTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func randomWorkAndSyncsConvergeWithNothingLost(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let tmp = TempFolder()
        let folders = [tmp.sub("usb"), tmp.sub("shared")]
        let first = try Laptop(tmp, "l0").initialise("W0")
        let address = try addAddress(first, "Runarveien")
        let measure = try first.commit(.add(.measure, Edit(values: ["address": address, "title": "Låse loftet"])), now: fixedDate)[0].entity
        let dugnad = try first.commit(.add(.dugnad, Edit(values: ["start": "2026-12-01T17:00", "title": "Rydde"], additions: ["addresses": [address]])), now: fixedDate)[0].entity
        _ = try first.sync(with: folders[0])
        var laptops = [first]
        for i in 1..<(3 + Int(seed % 2)) {
            laptops.append(try Laptop(tmp, "l\(i)").initialise(copying: folders[0], "W\(i)"))
        }
        var committed = Set<OpID>()
        var backups: [(String, Data)] = []
        var clock = fixedDate
        for _ in 0..<60 {
            clock = clock.addingTimeInterval(Double(rng.next() % 120))
            let l = laptops[Int(rng.next() % UInt64(laptops.count))]
            switch rng.next() % 10 {
            case 0..<4:
                let change: Change
                switch rng.next() % 4 {
                case 0: change = .set(.measure, id: measure, Edit(values: ["status": Vocabulary.measureStatus[Int(rng.next() % 6)]]))
                case 1: change = .set(.dugnad, id: dugnad, Edit(values: ["title": "Rydde \(rng.next() % 9)"]))
                case 2: change = .set(.measure, id: measure, Edit(values: ["due": "2027-01-\(10 + rng.next() % 18)"]))
                default: change = .add(.address, Edit(values: ["street": "Gate \(rng.next() % 100)", "number": "1", "postcode": "3216", "city": "Sandefjord"]))
                }
                for op in try l.commit(change, now: clock) { committed.insert(op.id) }
            case 4..<8:
                _ = try l.sync(with: folders[Int(rng.next() % 2)])
            case 8:
                // Someone keeps a copy of a journal from a sync folder...
                let f = folders[Int(rng.next() % 2)]
                if let name = journalFiles(f).randomElement(using: &rng), let data = FileManager.default.contents(atPath: f + "/journal/" + name) {
                    backups.append((f + "/journal/" + name, data))
                }
            default:
                // ...and later copies it back over a newer one.
                if let (path, data) = backups.randomElement(using: &rng) { try data.write(to: URL(fileURLWithPath: path)) }
            }
        }
        for _ in 0..<2 {
            for l in laptops { for f in folders { _ = try l.sync(with: f) } }
        }
        let digests = laptops.map { Digest.of($0.replica) }
        for d in digests.dropFirst() { #expect(d == digests[0]) }
        for l in laptops {
            for id in committed { #expect(l.known.contains(id.device, id.seq), "lost \(id)") }
            #expect(l.damage.isEmpty)
        }
        // A cold read of each data folder folds to the same state.
        let reopened = try Store(laptops[1].folder, stateHome: Laptop(tmp, "l1").stateHome, readOnly: true)
        #expect(Digest.of(reopened.replica) == digests[0])
    }
}

import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

@Suite struct SyncTests {
    @Test func twoLaptopsMeetThroughAUSBStickBothWays() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialise("Kari")
        _ = try addAddress(a, "Runarveien")
        #expect(try a.sync(with: usb).sent == 1)
        let bLaptop = Laptop(tmp, "b")
        try FileManager.default.createDirectory(atPath: tmp.sub("b"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: usb, toPath: bLaptop.data)
        let b = try bLaptop.initialise("Ola")
        #expect(b.replica.records("address").count == 1)
        _ = try addAddress(b, "Midtåsveien")
        let rb = try b.sync(with: usb)
        #expect((rb.received, rb.sent) == (0, 1))
        let ra = try a.sync(with: usb)
        #expect((ra.received, ra.sent) == (1, 0))
        #expect(Digest.of(a.replica) == Digest.of(b.replica))
        // Syncing again changes nothing and reads no unchanged file.
        let again = try a.sync(with: usb)
        #expect((again.received, again.sent, again.filesRead) == (0, 0, 0))
    }

    @Test func concurrentMovesOfOneCardBecomeAConflictThatEitherSideCanSettle() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialise("Kari")
        let address = try addAddress(a, "Runarveien")
        let m = try a.commit(.add(.measure, Edit(values: ["address": address, "title": "Låse loftet"])), now: fixedDate)[0].entity
        _ = try a.sync(with: usb)
        let bLaptop = Laptop(tmp, "b")
        try FileManager.default.createDirectory(atPath: tmp.sub("b"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: usb, toPath: bLaptop.data)
        let b = try bLaptop.initialise("Ola")
        try a.commit(.set(.measure, id: m, Edit(values: ["status": "ordered"])), now: fixedDate.addingTimeInterval(60))
        try b.commit(.set(.measure, id: m, Edit(values: ["status": "done"])), now: fixedDate.addingTimeInterval(120))
        _ = try a.sync(with: usb)
        let report = try b.sync(with: usb)
        _ = try a.sync(with: usb)
        #expect(report.newConflicts == 1)
        for s in [a, b] {
            let c = Conflicts.all(in: s.replica)
            #expect(c.count == 1)
            #expect(Set(c[0].values.map(\.value)) == ["ordered", "done"])
            #expect(Set(c[0].values.compactMap(\.author)) == ["Kari", "Ola"])
        }
        try a.commit(.set(.measure, id: m, Edit(values: ["status": "ordered"])), now: fixedDate.addingTimeInterval(180))
        _ = try a.sync(with: usb)
        _ = try b.sync(with: usb)
        #expect(Conflicts.all(in: b.replica).isEmpty)
        #expect(b.replica.live("measure", m)?["status"] == "ordered")
        #expect(try b.history("measure", m).count == 4)
    }

    @Test func damagedJournalsInASyncFolderAreReportedAndTheRestMerges() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialise("Kari")
        for street in ["Runarveien", "Midtåsveien", "Storgata", "Kirkegata"] { _ = try addAddress(a, street) }
        _ = try a.sync(with: usb)
        let name = journalFiles(usb)[0]
        let text = try String(contentsOfFile: usb + "/journal/" + name, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        // Another tool's conflict copy (a duplicate), a garbled copy and a truncated copy, beside the original.
        try text.write(toFile: usb + "/journal/\(name.dropLast(6)).sync-conflict-20261122-101010-ABCDEFG.jsonl", atomically: true, encoding: .utf8)
        try ([lines[0], "{\"v\":1,\"op\":garbage", "\u{0}\u{1}binary", lines[2]].joined(separator: "\n") + "\n")
            .write(toFile: usb + "/journal/garbled.jsonl", atomically: true, encoding: .utf8)
        try (lines[0] + "\n" + String(lines[1].prefix(30))).write(toFile: usb + "/journal/truncated.jsonl", atomically: true, encoding: .utf8)
        let bLaptop = Laptop(tmp, "b")
        // A new device that has only the store's manifest, so all it holds comes through the sync.
        try FileManager.default.createDirectory(atPath: bLaptop.data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: usb + "/store.json", toPath: bLaptop.data + "/store.json")
        let b = try bLaptop.initialise("Ola")
        let report = try b.sync(with: usb)
        #expect(report.received == 4)
        #expect(Set(report.damage.map(\.kind)) == [.garbledLine, .tornLine])
        #expect(report.damage.filter { $0.kind == .garbledLine }.map(\.line) == [2, 3])
        #expect(b.replica.records("address").count == 4)
        #expect(FileManager.default.fileExists(atPath: bLaptop.data + "/damaged"))
    }

    @Test func oneOperationIdWithTwoContentsIsReportedNeverChosenSilently() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialise("Kari")
        _ = try addAddress(a, "Runarveien")
        _ = try a.sync(with: usb)
        let name = journalFiles(usb)[0]
        let line = try String(contentsOfFile: usb + "/journal/" + name, encoding: .utf8)
        try line.replacingOccurrences(of: "Runarveien", with: "Falskveien").write(toFile: usb + "/journal/forged.jsonl", atomically: true, encoding: .utf8)
        let report = try a.sync(with: usb)
        #expect(report.damage.map(\.kind) == [.conflictingCopy])
        // The copy kept is the one every laptop keeps (its bytes sort first); this laptop's own
        // content lost that choice, so it is written again under a new device id and nothing is lost.
        #expect(report.newDevice != nil)
        #expect(a.replica.records("address").compactMap { $0.string("street") }.sorted() == ["Falskveien", "Runarveien"])
        let aside = try FileManager.default.contentsOfDirectory(atPath: a.folder + "/damaged")
        #expect(!aside.isEmpty)
    }

    @Test func syncingTwoDifferentStoresIsRefused() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialise()
        let b = try Laptop(tmp, "b").initialise()
        _ = try addAddress(a, "Runarveien")
        _ = try a.sync(with: usb)
        #expect(throws: Message.self) { try b.sync(with: usb) }
        #expect(b.replica.records("address").isEmpty)
    }

    @Test func newWorkGoesOutAsASmallFileAndIsJoinedLater() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialise()
        _ = try addAddress(a, "Runarveien")
        _ = try a.sync(with: usb)
        for round in 0..<10 {
            _ = try addAddress(a, "Gate \(round)")
            #expect(try a.sync(with: usb).sent == 1)
        }
        #expect(journalFiles(usb).count <= 9)
        let b = try Laptop(tmp, "b").initialise(copying: usb)
        _ = try b.sync(with: usb)
        // b's own journal went to the folder too; a's 11 addresses came over.
        #expect(b.replica.records("address").count == 11)
    }
}

@Suite struct ForwardCompatibilityTests {
    @Test func linesOfUnknownTypesFieldsAndEnvelopesAreKeptAndPassedOn() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialise("Kari")
        let address = try addAddress(a, "Runarveien")
        _ = try a.sync(with: usb)
        let newer = [
            #"{"v":2,"op":"newerdevice1:1","t":107000000000000000,"by":"Ny","type":"plan","id":"pln-1","set":{"frequency":"weekly"}}"#,
            #"{"v":2,"op":"newerdevice1:2","t":107000000000000001,"by":"Ny","type":"address","id":"\#(address)","set":{"colour":"blå"},"hint":{"x":1}}"#,
            #"{"v":3,"op":"newerdevice1:3","t":107000000000000002,"enc":"bm90IHJlYWwgY2lwaGVydGV4dA=="}"#,
        ].joined(separator: "\n") + "\n"
        try newer.write(toFile: usb + "/journal/newerdevice1.jsonl", atomically: true, encoding: .utf8)
        let report = try a.sync(with: usb)
        #expect(report.received == 3)
        #expect(report.damage.isEmpty)
        #expect(a.replica.record("plan", "pln-1")?["frequency"] == "weekly")
        #expect(a.replica.record("address", address)?["colour"] == "blå")
        #expect(RecordJSON.pairs(a.replica.record("address", address)!, .address).contains { $0.0 == "colour" })
        // A third laptop gets the lines byte for byte through a's copy.
        let b = try Laptop(tmp, "b").initialise(copying: a.folder)
        let usb2 = tmp.sub("usb2")
        _ = try a.sync(with: usb2)
        _ = try b.sync(with: usb2)
        let copied = try String(contentsOfFile: usb2 + "/journal/newerdevice1.jsonl", encoding: .utf8)
        #expect(copied == newer)
    }
}

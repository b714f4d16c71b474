import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// The numbered cases of "the sync folder is untrusted input", each at the store level.
@Suite struct HostileSyncTests {
    /// A stick that holds one good line from another laptop, and the store it belongs to.
    func stick(_ tmp: TempFolder, _ a: Store) throws -> String {
        let usb = tmp.sub("usb")
        _ = try a.sync(with: usb)
        return usb
    }

    @Test func case1_aDeeplyNestedLineIsSetAsideAndNeverCrashes() throws {
        let tmp = TempFolder()
        let a = try Laptop(tmp, "a").initialise("Kari")
        let usb = try stick(tmp, a)
        try HostileLines.plant(usb, "deep1.jsonl", [HostileLines.nested(100_000), HostileLines.line("good1:1")])
        let report = try a.sync(with: usb)
        #expect(report.received == 1)
        #expect(report.damage.map(\.kind) == [.garbledLine])
        let local = try String(contentsOfFile: a.journalFolder + "/good1.jsonl", encoding: .utf8)
        #expect(!local.contains("[[["))
        #expect(try Laptop(tmp, "a").open(readOnly: true).replica.live("address", "adr-x1") != nil)
    }

    @Test func case2_anIdThatIsAPathIsSetAsideAndNoFileIsMadeOutside() throws {
        let tmp = TempFolder()
        let a = try Laptop(tmp, "a").initialise("Kari")
        let usb = try stick(tmp, a)
        let before = HostileLines.files(under: tmp.path)
        try HostileLines.plant(usb, "odd.jsonl", [HostileLines.line("../../../../x:1"), HostileLines.line("a/b:1", id: "adr-2"),
                                                  HostileLines.line(".hidden:1", id: "adr-3"), HostileLines.line("UPPER:1", id: "adr-4"),
                                                  HostileLines.line("x:01", id: "adr-5"), HostileLines.line("ok:1", id: "adr-6")])
        let report = try a.sync(with: usb)
        #expect(report.received == 1)
        #expect(report.damage.count == 5)
        let added = Set(HostileLines.files(under: tmp.path)).subtracting(before)
        #expect(added.allSatisfy { $0.hasPrefix("usb/") || $0.hasPrefix("a/data/") })
        #expect(Files.list(a.journalFolder).filter { $0.hasPrefix(".") }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: tmp.path + "/x.jsonl"))
    }

    @Test func case3_plantedLinksAreNeitherFollowedNorWrittenThrough() throws {
        let tmp = TempFolder()
        let a = try Laptop(tmp, "a").initialise("Kari")
        _ = try addAddress(a, "Runarveien")
        let usb = tmp.sub("usb")
        try FileManager.default.createDirectory(atPath: usb + "/journal", withIntermediateDirectories: true)
        let victim = tmp.sub("victim.txt")
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
        let own = a.identity!.device + ".jsonl"
        try FileManager.default.createSymbolicLink(atPath: usb + "/journal/" + own, withDestinationPath: victim)
        try FileManager.default.createSymbolicLink(atPath: usb + "/journal/other.jsonl", withDestinationPath: victim)
        let report = try a.sync(with: usb)
        #expect(report.sent == 1)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(!Files.isLink(usb + "/journal/" + own))
        // A linked journal folder is refused, and what it points at is left alone.
        let other = tmp.sub("usb2")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: tmp.sub("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: other + "/journal", withDestinationPath: tmp.sub("elsewhere"))
        #expect(throws: Message.self) { try a.sync(with: other) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.sub("elsewhere")).isEmpty)
    }

    @Test func case4_theHighestSequenceNumberCostsOneEntry() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        do {
            let a = try Laptop(tmp, "a").initialise("Kari")
            _ = try a.sync(with: usb)
            try HostileLines.plant(usb, "far.jsonl", [HostileLines.line("far:4294967295"), HostileLines.line("far:1", id: "adr-2")])
            let report = try a.sync(with: usb)
            #expect(report.received == 2)
            #expect(a.known.count("far") == 2)
            #expect(a.known.last("far") == 4_294_967_295)
            try a.saveSnapshot()
        }
        let again = try Laptop(tmp, "a").open()
        #expect(again.known.contains("far", 4_294_967_295))
        #expect(try again.sync(with: usb).received == 0)
    }

    @Test func case5_oneIdWithTwoContentsSettlesTheSameWayWhateverTheOrder() throws {
        let tmp = TempFolder()
        let first = HostileLines.line("twin1:1", street: "Aveien")
        let second = HostileLines.line("twin1:1", street: "Beveien")
        var kept: [String] = []
        for (n, order) in [["a.jsonl", "b.jsonl"], ["b.jsonl", "a.jsonl"]].enumerated() {
            let laptop = try Laptop(tmp, "l\(n)").initialise("Kari")
            let usb = tmp.sub("usb\(n)")
            _ = try laptop.sync(with: usb)
            // The same two lines, in files that sort the other way round.
            try HostileLines.plant(usb, order[0], [first])
            try HostileLines.plant(usb, order[1], [second])
            let report = try laptop.sync(with: usb)
            #expect(report.damage.map(\.kind) == [.conflictingCopy])
            #expect(report.damage.first?.op == OpID("twin1:1"))
            kept.append(laptop.replica.live("address", "adr-x1")?.string("street") ?? "")
            // The folder no longer holds the copy that was not kept.
            let folderText = try Files.listFiles(usb + "/journal").map { try String(contentsOfFile: usb + "/journal/" + $0, encoding: .utf8) }.joined()
            #expect(folderText.contains("Aveien") != folderText.contains("Beveien"))
            #expect(try Laptop(tmp, "l\(n)").open(readOnly: true).damage.isEmpty)
        }
        #expect(kept[0] == kept[1])
        #expect(kept[0] == "Aveien")
    }

    @Test func case5_checkListsTheIdWhileTheDataFolderHoldsBoth() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        _ = try laptop.initialise("Kari")
        try HostileLines.plant(laptop.data, "twin1.jsonl", [HostileLines.line("twin1:1", street: "Aveien")])
        try HostileLines.plant(laptop.data, "twin1.copy.jsonl", [HostileLines.line("twin1:1", street: "Beveien")])
        let reader = try Store(laptop.data, stateHome: laptop.stateHome, readOnly: true, useSnapshot: false)
        #expect(reader.damage.map(\.op) == [OpID("twin1:1")])
        // A writer settles it: the journals hold one copy, and the check is clean.
        _ = try laptop.open()
        #expect(try Store(laptop.data, stateHome: laptop.stateHome, readOnly: true, useSnapshot: false).damage.isEmpty)
    }

    @Test func case6_aClockYearsAheadIsKeptButNotFollowed() throws {
        let tmp = TempFolder()
        let a = try Laptop(tmp, "a").initialise("Kari")
        let usb = try stick(tmp, a)
        let tenYears = HLC(millis: Fixed.now + 10 * 365 * 86_400_000, counter: 0).raw
        try HostileLines.plant(usb, "fast.jsonl", [HostileLines.line("fast:1", t: String(tenYears), by: "Ola"),
                                                   HostileLines.line("fast:2", t: "9999999999999999999", id: "adr-2")])
        let report = try a.sync(with: usb)
        #expect(report.received == 2)
        #expect(report.ahead.map(\.device) == ["fast"])
        #expect(report.ahead.first?.count == 2)
        #expect(report.notices.count == 1)
        let ops = try a.commit(.add(.address, Edit(values: ["street": "Nygata", "number": "2", "postcode": "3210", "city": "Sandefjord"])), now: fixedDate)
        #expect(ops[0].clock.millis < Fixed.now + 86_400_000)
        #expect(ops[0].wall == Fixed.now)
        // Every later save still reads back.
        _ = try addAddress(a, "Storgata")
        let again = try Laptop(tmp, "a").open(readOnly: true)
        #expect(again.damage.isEmpty)
        #expect(again.replica.records("address").count == 4)
    }

    @Test func case7_aFullDiskLeavesNoPartOfALineAndTheNextSaveIsWhole() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let a = try laptop.initialise("Kari")
        _ = try addAddress(a, "Runarveien")
        let journal = a.journalFolder + "/" + a.identity!.device + ".jsonl"
        let size = Files.status(journal)!.size
        WriteFault.limit(laptop.data, to: 40)
        #expect(throws: Message.self) { try addAddress(a, "Midtåsveien") }
        #expect(Files.status(journal)!.size == size)
        WriteFault.limit(laptop.data, to: nil)
        let saved = try addAddress(a, "Midtåsveien")
        let again = try laptop.open(readOnly: true)
        #expect(again.damage.isEmpty)
        #expect(again.missingOwnOperations == nil)
        #expect(again.replica.live("address", saved) != nil)
    }

    @Test func case8_aJournalWithoutItsLastNewlineGetsOneBeforeTheNextLine() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let journal: String
        do {
            let a = try laptop.initialise("Kari")
            _ = try addAddress(a, "Runarveien")
            journal = a.journalFolder + "/" + a.identity!.device + ".jsonl"
        }
        var bytes = try Files.contents(journal)
        bytes.removeLast()
        try Data(bytes).write(to: URL(fileURLWithPath: journal))
        let b = try laptop.open()
        _ = try addAddress(b, "Midtåsveien")
        let check = try Store(laptop.data, stateHome: laptop.stateHome, readOnly: true, useSnapshot: false)
        #expect(check.damage.isEmpty)
        #expect(check.replica.records("address").count == 2)
    }

    @Test func case9_aFolderNamedLikeAJournalAndBadTextAreSetAside() throws {
        let tmp = TempFolder()
        let a = try Laptop(tmp, "a").initialise("Kari")
        let usb = try stick(tmp, a)
        try FileManager.default.createDirectory(atPath: usb + "/journal/x.jsonl", withIntermediateDirectories: true)
        var bad = Array(HostileLines.line("bad1:1").utf8)
        bad[bad.firstIndex(of: UInt8(ascii: "S"))!] = 0xFF
        let escape = HostileLines.line("bad1:2", id: "adr-2", street: #"\u001b]0;hacked\u0007"#)
        let c1 = HostileLines.line("bad1:3", id: "adr-3", street: "\u{9B}2J")
        try HostileLines.plant(usb, "bad1.jsonl", bytes: bad + [0x0A] + Array((escape + "\n" + c1 + "\n" + HostileLines.line("bad1:4", id: "adr-4") + "\n").utf8))
        let report = try a.sync(with: usb)
        #expect(report.received == 1)
        #expect(report.damage.map(\.kind) == [.badText, .badText, .badText])
    }

    @Test func case10_conflictsReadTheSameOnEveryLaptop() throws {
        let tmp = TempFolder()
        var texts: [String] = []
        for (n, names) in [["p.jsonl", "q.jsonl"], ["q.jsonl", "p.jsonl"]].enumerated() {
            let laptop = try Laptop(tmp, "l\(n)").initialise("Kari")
            let usb = tmp.sub("usb\(n)")
            _ = try laptop.sync(with: usb)
            try HostileLines.plant(usb, names[0], [HostileLines.line("pdev:1", street: "Aveien")])
            try HostileLines.plant(usb, names[1], [HostileLines.line("qdev:1", street: "Beveien")])
            _ = try laptop.sync(with: usb)
            let c = Conflicts.all(in: laptop.replica)
            #expect(c.map(\.field) == ["city", "number", "postcode", "street"])
            texts.append(c.map { "\($0.field ?? "") " + $0.values.map { "\($0.op) \($0.value)" }.joined(separator: " | ") }.joined())
        }
        #expect(texts[0] == texts[1])
    }

    @Test func case11_aFullStickNamesTheSticksFileNotTheLaptopsJournal() throws {
        let tmp = TempFolder()
        let a = try Laptop(tmp, "a").initialise("Kari")
        _ = try addAddress(a, "Runarveien")
        let usb = tmp.sub("usb")
        try FileManager.default.createDirectory(atPath: usb + "/journal", withIntermediateDirectories: true)
        try Data(a.manifest.bytes).write(to: URL(fileURLWithPath: usb + "/store.json"))
        WriteFault.limit(usb, to: 10)
        defer { WriteFault.limit(usb, to: nil) }
        do {
            _ = try a.sync(with: usb)
            Issue.record("a full stick must fail the sync")
        } catch {
            #expect(error.en.contains(usb + "/journal/"))
            #expect(error.en.contains("the disk is full"))
            #expect(!error.en.contains(a.journalFolder))
        }
    }

    @Test func case12_twoLaptopsWritingAsOneDeviceBothKeepTheirWork() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let aLaptop = Laptop(tmp, "a")
        let a = try aLaptop.initialise("Kari")
        _ = try addAddress(a, "Felles")
        // The whole home folder, data and device state, restored onto a second machine (where
        // the data folder has the same path, so the device entry applies to it as it stands).
        let bLaptop = Laptop(tmp, "b")
        try FileManager.default.copyItem(atPath: tmp.sub("a"), toPath: tmp.sub("b"))
        var registry = DeviceRegistry(stateHome: bLaptop.stateHome)
        try registry.set(a.identity!, for: URL(fileURLWithPath: bLaptop.data).resolvingSymlinksInPath().path)
        let b = try bLaptop.open()
        #expect(b.identity?.device == a.identity?.device)
        let fromA = try addAddress(a, "Aveien")
        let fromA2 = try addAddress(a, "Aveien2")
        let fromB = try addAddress(b, "Beveien")
        #expect(fromA == fromB)
        _ = try a.sync(with: usb)
        let rb = try b.sync(with: usb)
        #expect(rb.newDevice != nil)
        #expect(rb.notices.count == 1)
        _ = try a.sync(with: usb)
        _ = try b.sync(with: usb)
        _ = try a.sync(with: usb)
        for s in [a, b] {
            let streets = s.replica.records("address").filter { !$0.isDeleted }.compactMap { $0.string("street") }.sorted()
            #expect(streets == ["Aveien", "Aveien2", "Beveien", "Felles"])
        }
        #expect(Digest.of(a.replica) == Digest.of(b.replica))
        #expect(a.identity?.device != b.identity?.device)
        _ = fromA2
    }

    @Test func case13_onlyOwnOldLeftoversGoAndDamageIsKeptOnce() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let (device, journal) = try { let a = try laptop.initialise("Kari"); return (a.identity!.device, a.journalFolder) }()
        let old = Date().addingTimeInterval(-7200)
        for name in [".nabo-tmp.\(device).aaaa", ".nabo-tmp.otherdevice.bbbb", ".nabo-tmp.\(device).fresh", ".unrelated.tmp"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: journal + "/" + name))
            if !name.hasSuffix("fresh") { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: journal + "/" + name) }
        }
        try HostileLines.plant(laptop.data, "garbled.jsonl", ["not json at all"])
        for _ in 0..<3 { _ = try laptop.open() }
        let left = Set(Files.list(journal).filter { $0.hasPrefix(".") })
        #expect(left == [".nabo-tmp.\(device).fresh", ".nabo-tmp.otherdevice.bbbb", ".unrelated.tmp"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: laptop.data + "/damaged").count == 1)
    }
}

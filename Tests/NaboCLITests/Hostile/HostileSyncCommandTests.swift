import Foundation
import NaboCore
import NaboTestSupport
import Testing

/// The numbered cases of "the sync folder is untrusted input", through the real `nabo`: never a
/// crash (a signal would show as a status above 128), a clear report, nothing saved lost.
@Suite struct HostileSyncCommandTests {
    let tmp = TempFolder()
    var usb: String { tmp.sub("usb") }

    func laptopWithStick() throws -> HostileLaptop {
        let a = try HostileLaptop(tmp, "a")
        #expect(try a.addAddress("Runarveien").status == 0)
        #expect(try a.sync(usb).status == 0)
        return a
    }

    @Test func case1_deepNesting() throws {
        let a = try laptopWithStick()
        let deep = #"{"v":1,"op":"deep1:1","t":1,"by":"x","type":"address","id":"adr-d","set":{"street":"# + String(repeating: "[", count: 200_000) + "]}}"
        try Planted.write(usb, "deep1.jsonl", deep + "\n" + Planted.line("good1:1") + "\n")
        let r = try a.sync(usb)
        #expect(r.status == 0)
        #expect(r.json["received"]?.int == 1)
        #expect(r.json["damaged"]?.array?.count == 1)
        #expect(try a.nabo("check").status == 0)
        #expect(try a.streets() == ["Runarveien", "Storgata"])
    }

    @Test func case2_idsThatArePaths() throws {
        let a = try laptopWithStick()
        try Planted.write(usb, "odd.jsonl", ["../../../../x:1", "a/b:1", ".x:1"].map { Planted.line($0) }.joined(separator: "\n") + "\n")
        let r = try a.sync(usb)
        #expect(r.status == 0)
        #expect(r.json["damaged"]?.array?.count == 3)
        #expect(!FileManager.default.fileExists(atPath: tmp.path + "/x.jsonl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: a.data + "/journal").allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func case3_links() throws {
        let a = try laptopWithStick()
        let victim = tmp.sub("victim.txt")
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.removeItem(atPath: usb + "/journal/" + a.device + ".jsonl")
        try FileManager.default.createSymbolicLink(atPath: usb + "/journal/" + a.device + ".jsonl", withDestinationPath: victim)
        #expect(try a.sync(usb).status == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        let linked = tmp.sub("usb2")
        try FileManager.default.createDirectory(atPath: linked, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: linked + "/journal", withDestinationPath: tmp.sub("a/data/journal"))
        let r = try a.nabo("sync", linked)
        #expect(r.status == 1)
        #expect(r.stderr.contains("has a link where its journal folder should be"))
    }

    @Test func case4_hugeSequenceNumber() throws {
        let a = try laptopWithStick()
        try Planted.write(usb, "far.jsonl", Planted.line("far:4294967295") + "\n")
        #expect(try a.sync(usb).json["received"]?.int == 1)
        #expect(try a.sync(usb).json["received"]?.int == 0)
        #expect(try a.addAddress("Nygata").status == 0)
    }

    @Test func case5_oneIdTwoContents() throws {
        let a = try laptopWithStick()
        try Planted.write(a.data, "twin1.jsonl", Planted.line("twin1:1", street: "Aveien") + "\n")
        try Planted.write(a.data, "twin1.copy.jsonl", Planted.line("twin1:1", street: "Beveien") + "\n")
        let check = try a.nabo("check", "--json")
        #expect(check.status == 2)
        #expect(check.stdout.contains(#""op": "twin1:1""#))
        // The first writer settles it the same way every laptop does, and check is clean again.
        #expect(try a.addAddress("Nygata").status == 0)
        #expect(try a.nabo("check").status == 0)
        #expect(try a.streets() == ["Aveien", "Nygata", "Runarveien"])
    }

    @Test func case6_clockYearsAhead() throws {
        let a = try laptopWithStick()
        let ahead = HLC(millis: Int64(Date().timeIntervalSince1970 * 1000) + 10 * 365 * 86_400_000, counter: 0).raw
        try Planted.write(usb, "fast.jsonl", Planted.line("fast:1", t: String(ahead)) + "\n" + Planted.line("fast:2", t: "9999999999999999999", id: "adr-2") + "\n")
        let r = try a.nabo("sync", usb)
        #expect(r.status == 0)
        #expect(r.stdout.contains("2 changes from Fremmed (fast) are dated more than a day ahead"))
        let added = try a.addAddress("Nygata")
        let id = (try? JSONParser.parse(added.stdout))?.object?["id"]?.string ?? ""
        let history = try a.nabo("history", "address", id)
        let year = String(Calendar(identifier: .gregorian).component(.year, from: Date()))
        #expect(history.stdout.hasPrefix(year))
        #expect(try a.addAddress("Storgata 2").status == 0)
        #expect(try a.nabo("check").status == 0)
    }

    @Test func case8_journalWithoutItsLastNewline() throws {
        let a = try laptopWithStick()
        let journal = a.data + "/journal/" + a.device + ".jsonl"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: journal))
        bytes.removeLast()
        try bytes.write(to: URL(fileURLWithPath: journal))
        #expect(try a.addAddress("Nygata").status == 0)
        #expect(try a.nabo("check").status == 0)
        #expect(try a.streets() == ["Nygata", "Runarveien"])
    }

    @Test func case9_folderNamedLikeAJournalAndBadUTF8() throws {
        let a = try laptopWithStick()
        try FileManager.default.createDirectory(atPath: usb + "/journal/x.jsonl", withIntermediateDirectories: true)
        var bytes = Array((Planted.line("bad1:1") + "\n" + Planted.line("bad1:2", id: "adr-2", street: "Nygata") + "\n").utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "S"))!] = 0xC0
        try FileManager.default.createDirectory(atPath: usb + "/journal", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: usb + "/journal/bad1.jsonl"))
        let r = try a.sync(usb)
        #expect(r.status == 0)
        #expect(r.json["damaged"]?.array?.first?.object?["kind"]?.string == "bad-text")
        #expect(try a.streets() == ["Nygata", "Runarveien"])
    }

    @Test func case10_canonicalOutput() throws {
        var outputs: [String] = []
        for (n, names) in [["p.jsonl", "q.jsonl"], ["q.jsonl", "p.jsonl"]].enumerated() {
            let l = try HostileLaptop(tmp, "l\(n)")
            let stick = tmp.sub("stick\(n)")
            try Planted.write(stick, names[0], Planted.line("pdev:1", street: "Aveien") + "\n")
            try Planted.write(stick, names[1], Planted.line("qdev:1", street: "Beveien") + "\n")
            #expect(try l.sync(stick).status == 0)
            outputs.append(try l.nabo("list", "conflicts", "--json").stdout + (try l.nabo("list", "addresses", "--json").stdout))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].contains("Beveien"))
    }

    @Test func case12_twoLaptopsAsOneDevice() throws {
        let a = try laptopWithStick()
        try FileManager.default.copyItem(atPath: tmp.sub("a"), toPath: tmp.sub("b"))
        // Restored onto another machine where the data folder has the same path: the entry is the same.
        let devices = tmp.sub("b/state/nabo/devices.json")
        let text = try String(contentsOfFile: devices, encoding: .utf8)
        try text.replacingOccurrences(of: tmp.sub("a/data"), with: tmp.sub("b/data")).write(toFile: devices, atomically: true, encoding: .utf8)
        let b = try HostileLaptop(tmp, "b")
        #expect(b.device == a.device)
        #expect(try a.addAddress("Aveien").status == 0)
        #expect(try b.addAddress("Beveien").status == 0)
        #expect(try a.sync(usb).status == 0)
        let r = try b.nabo("sync", usb)
        #expect(r.stdout.contains("This laptop now writes under a new id"))
        for l in [a, b, a] { #expect(try l.sync(usb).status == 0) }
        #expect(try a.streets() == ["Aveien", "Beveien", "Runarveien"])
        #expect(try b.streets() == ["Aveien", "Beveien", "Runarveien"])
        #expect(a.device != b.device)
    }

    @Test func case13_aGarbledLineIsSetAsideOnce() throws {
        let a = try laptopWithStick()
        try Planted.write(a.data, "garbled.jsonl", "not json\n")
        for street in ["Nygata", "Storgata", "Kirkegata"] { #expect(try a.addAddress(street).status == 0) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: a.data + "/damaged").count == 1)
    }
}

import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// Random work and syncs through two folders that also receive hostile files of every class (too
/// deep, paths for ids, huge numbers, bad text, torn lines, folders and links named like journals,
/// forged copies of real lines, clocks years ahead) and stale copies pasted over newer ones: the
/// laptops converge, no operation is lost, and nothing outside the folders is touched.
@Suite(.serialized) struct HostileSyncPropertyTests {
    /// One hostile file, drawn by `rng`, written into `folder`'s journal folder.
    static func plantHostile(_ folder: String, victim: String, rng: inout SplitMix64) throws {
        let dir = folder + "/journal"
        let n = rng.next() % 1_000_000
        let name = "hostile\(n).jsonl"
        switch rng.next() % 9 {
        case 0: try HostileLines.plant(folder, name, [HostileLines.nested(Int(rng.next() % 100_000) + 65)])
        case 1: try HostileLines.plant(folder, name, [HostileLines.line(["../../x:1", "a/b:\(n)", ".h:1", "Up:1", "d:0", "d:01"].randomElement(using: &rng)!)])
        case 2: try HostileLines.plant(folder, name, [HostileLines.line("far\(n):4294967295", id: "adr-far\(n)")])
        case 3: try HostileLines.plant(folder, name, bytes: Array(HostileLines.line("bad\(n):1").utf8) + [0xFF, 0xFE, 0x0A])
        case 4: try HostileLines.plant(folder, name, [HostileLines.line("esc\(n):1", street: #"\u001b[2J"#)])
        case 5: try HostileLines.plant(folder, name, [HostileLines.line("torn\(n):1")], finalNewline: false)
            let h = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/" + name))
            h.seekToEndOfFile(); h.write(Data("\n{\"v\":1,\"op\":\"torn\(n):2\",\"t\":1".utf8)); try h.close()
        case 6: try FileManager.default.createDirectory(atPath: dir + "/" + name, withIntermediateDirectories: true)
        case 7: try? FileManager.default.createSymbolicLink(atPath: dir + "/" + name, withDestinationPath: victim)
        default:
            // A forged copy of a real line: same id, other content.
            guard let real = journalFiles(folder).filter({ !$0.hasPrefix("hostile") }).randomElement(using: &rng),
                  let text = try? String(contentsOfFile: dir + "/" + real, encoding: .utf8),
                  let line = text.split(separator: "\n").randomElement(using: &rng) else { return }
            try HostileLines.plant(folder, name, [line.replacingOccurrences(of: #""by":"W"#, with: #""by":"Falsk W"#)])
        }
    }

    @Test(arguments: [UInt64(11), 12, 13, 14])
    func hostileFoldersStillConvergeWithNothingLost(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let tmp = TempFolder()
        let victim = tmp.sub("victim.txt")
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: victim))
        let folders = [tmp.sub("usb"), tmp.sub("shared")]
        let first = try Laptop(tmp, "l0").initialise("W0")
        let address = try addAddress(first, "Runarveien")
        let measure = try first.commit(.add(.measure, Edit(values: ["address": address, "title": "Låse loftet"])), now: fixedDate)[0].entity
        for f in folders { _ = try first.sync(with: f) }
        var laptops = [first]
        for i in 1..<3 { laptops.append(try Laptop(tmp, "l\(i)").initialise(copying: folders[0], "W\(i)")) }
        var committed = Set<OpID>()
        var backups: [(String, Data)] = []
        var clock = fixedDate
        var damaged = 0
        var twins = 0
        for _ in 0..<50 {
            clock = clock.addingTimeInterval(Double(rng.next() % 120))
            let l = laptops[Int(rng.next() % UInt64(laptops.count))]
            let f = folders[Int(rng.next() % 2)]
            switch rng.next() % 10 {
            case 0..<3:
                let change: Change = rng.next() % 2 == 0
                    ? .set(.measure, id: measure, Edit(values: ["status": Vocabulary.measureStatus[Int(rng.next() % 6)]]))
                    : .add(.address, Edit(values: ["street": "Gate \(rng.next() % 100)", "number": "1", "postcode": "3216", "city": "Sandefjord"]))
                for op in try l.commit(change, now: clock) { committed.insert(op.id) }
            case 3..<6:
                let r = try l.sync(with: f)
                damaged += r.damage.count
                twins += r.newDevice == nil ? 0 : 1
            case 6..<8: try Self.plantHostile(f, victim: victim, rng: &rng)
            case 8:
                if let name = journalFiles(f).randomElement(using: &rng), let data = FileManager.default.contents(atPath: f + "/journal/" + name) {
                    backups.append((f + "/journal/" + name, data))
                }
            default:
                if let (path, data) = backups.randomElement(using: &rng), !Files.isLink(path), !Files.isDirectory(path) {
                    try data.write(to: URL(fileURLWithPath: path))
                }
            }
        }
        for _ in 0..<3 {
            for l in laptops { for f in folders { _ = try l.sync(with: f) } }
        }
        let digests = laptops.map { Digest.of($0.replica) }
        print("seed \(seed): \(committed.count) committed, \(damaged) damaged lines reported, \(twins) device changes")
        #expect(damaged > 0)
        for d in digests.dropFirst() { #expect(d == digests[0]) }
        for l in laptops {
            for id in committed { #expect(l.known.contains(id.device, id.seq), "lost \(id)") }
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        let outside = HostileLines.files(under: tmp.path).filter { !$0.hasPrefix("usb") && !$0.hasPrefix("shared") && !$0.hasPrefix("l") }
        #expect(outside == ["victim.txt"])
    }
}

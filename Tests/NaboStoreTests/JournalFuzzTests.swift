import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// A sync folder is untrusted input. Damaged and forged journal lines, from a fixed seed: the reader
/// never crashes, reads what is readable exactly, and sets the rest aside without losing a good line.
@Suite(.serialized) struct JournalFuzzTests {
    typealias Input = JournalMutator.Input

    @Test func aHundredThousandDamagedLinesAreReadOrRejectedAndNothingCrashes() {
        var m = JournalMutator(seed: 0x6E61_626F)
        var findings = Findings()
        let ops = (0..<500).map { _ in m.op() }
        let lines = ops.map(JournalMutator.line)
        for (op, line) in zip(ops, lines) {
            findings.check(Self.decoded(line) == op, "a valid line decodes to the operation it was written from", line)
        }
        var counts: [JournalMutator.Mutation: Int] = [:]
        let elapsed = ContinuousClock().measure {
            for _ in 0..<100_000 {
                let k = m.below(ops.count)
                let input = m.damaged(lines[k], of: ops[k], other: lines[(k + 1) % lines.count])
                counts[input.mutation, default: 0] += 1
                Self.check(input, &findings)
            }
        }
        let mix = JournalMutator.Mutation.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        print("JournalFuzzTests: 100,000 damaged lines in \(elapsed) (\(mix))")
        findings.report()
    }

    /// Every property of one damaged line; a crash anywhere in here is the finding.
    static func check(_ input: Input, _ findings: inout Findings) {
        let bytes = input.bytes
        bytes.withUnsafeBufferPointer { b in
            var p = JSONParser(b)
            _ = try? p.value()
        }
        _ = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self))
        let op = decoded(bytes)
        switch input.verdict {
        case .mustReject: findings.check(op == nil, "\(input.mutation): decodes although the contract rejects it", bytes)
        case .mustAccept: findings.check(op != nil, "\(input.mutation): rejected although the contract accepts it", bytes)
        case .either: break
        }
        guard let op else { return }
        findings.check(decoded(JournalMutator.line(op)) == op, "\(input.mutation): the decoded operation, written again, reads differently", bytes)
        findings.check(String(validating: bytes, as: UTF8.self) != nil, "\(input.mutation): a line that is not UTF-8 decodes", bytes)
        findings.check(followsGrammar(op), "\(input.mutation): an id outside the grammar decodes", bytes)
    }

    /// Read as a line from a sync folder, the untrusted case; every line must also decode as a
    /// local line without crashing.
    static func decoded(_ line: some Collection<UInt8>) -> Op? {
        Array(line).withUnsafeBufferPointer { b in
            _ = try? JournalLine.decode(b)
            return try? JournalLine.decode(b, fromSyncFolder: true)
        }
    }

    /// Device `[a-z0-9]{1,32}` and a sequence number from 1, for the operation and every id it names.
    static func followsGrammar(_ op: Op) -> Bool {
        ([op.id] + op.writes.flatMap(\.replaces) + (op.deletion?.saw ?? [])).allSatisfy { id in
            (1...32).contains(id.device.utf8.count) && id.seq > 0
                && id.device.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }

    /// A journal of valid lines mixed with damaged ones, some files without a final newline.
    static func journal(_ m: inout JournalMutator, lines: Int) -> (file: [UInt8], valid: [(line: [UInt8], op: Op)]) {
        var file: [UInt8] = []
        var valid: [(line: [UInt8], op: Op)] = []
        var previous = JournalMutator.line(m.op())
        for _ in 0..<lines {
            let op = m.op()
            let line = JournalMutator.line(op)
            if m.chance(60) {
                valid.append((line, op))
                file += line + [0x0A]
            } else {
                file += m.damaged(line, of: op, other: previous).bytes + [0x0A]
            }
            previous = line
        }
        if m.chance(30) { file.removeLast() }
        return (file, valid)
    }

    /// What the reader must report for `file`: each non-empty line that does not decode, by number, the
    /// last one torn when it has no newline, and its bytes kept.
    static func expectedDamage(_ file: [UInt8], name: String) -> (damage: [Damage], kept: [UInt8], readable: Int) {
        var damage: [Damage] = []
        var kept: [UInt8] = []
        var readable = 0
        let lines = file.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            let content = raw.last == 0x0D ? raw.dropLast() : raw
            guard !content.isEmpty else { continue }
            if decoded(content) != nil {
                readable += 1
            } else {
                let unreadable = [UInt8](content).withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) -> Damage.Kind in
                    do throws(JournalLine.DecodeError) {
                        _ = try JournalLine.decode(b, fromSyncFolder: true)
                        return .garbledLine
                    } catch {
                        return error == .badText ? .badText : error == .tooLong ? .overlongLine : .garbledLine
                    }
                }
                damage.append(Damage(kind: i == lines.count - 1 ? .tornLine : unreadable, file: name, line: i + 1))
                kept += raw + [0x0A]
            }
        }
        return (damage, kept, readable)
    }

    @Test func everyValidLineOfADamagedJournalFileIsReadAndTheDamageReported() throws {
        var m = JournalMutator(seed: 2)
        var findings = Findings()
        let tmp = TempFolder()
        for round in 0..<300 {
            let (file, valid) = Self.journal(&m, lines: 1 + m.below(30))
            let path = tmp.sub("\(round).jsonl")
            try Data(file).write(to: URL(fileURLWithPath: path))
            var read: [[UInt8]: Op] = [:]
            var count = 0
            let result = try JournalReader.read(path, name: "x.jsonl", fromSyncFolder: true) { line in
                read[Array(line.bytes)] = line.op
                count += 1
            }
            let expected = Self.expectedDamage(file, name: "x.jsonl")
            for v in valid { findings.check(read[v.line] == v.op, "a valid line in a damaged file is not read as written", v.line) }
            findings.check(count == expected.readable, "the reader's lines are not the readable ones", file)
            findings.check(result.damage == expected.damage, "the damage reported is not the unreadable lines", file)
            findings.check(result.damagedBytes == expected.kept, "the bytes set aside are not the unreadable lines", file)
        }
        findings.report()
    }

    /// Through the whole store: a sync folder with damaged and forged journals merges every valid
    /// operation, and no file is made anywhere but where journals belong.
    @Test(arguments: [UInt64(11), 12, 13, 14, 15, 16])
    func syncWithADamagedJournalMergesEveryValidOperation(seed: UInt64) throws {
        var m = JournalMutator(seed: seed)
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        _ = try Laptop(tmp, "a").initialise("Kari").sync(with: usb)
        let (file, valid) = Self.journal(&m, lines: 300)
        try Data(file).write(to: URL(fileURLWithPath: usb + "/journal/fuzz.jsonl"))
        let laptop = Laptop(tmp, "b")
        try FileManager.default.createDirectory(atPath: laptop.data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: usb + "/store.json", toPath: laptop.data + "/store.json")
        var report = SyncReport()
        do { report = try laptop.initialise("Ola").sync(with: usb) } catch { Issue.record("a damaged line stopped the sync: \(error)") }
        let unreadable = Self.expectedDamage(file, name: "fuzz.jsonl").damage.count
        #expect(report.damage.filter { $0.kind != .conflictingCopy }.count == unreadable)
        let reopened = try laptop.open(readOnly: true)
        let lost = valid.filter { !reopened.known.contains($0.op.id.device, $0.op.id.seq) }
        #expect(lost.count == 0, "valid operations lost, the first: \(lost.first.map { Findings.shown($0.line) } ?? "")")
        let allowed = ["usb/", "a/", "b/data/", "b/state/"].map { tmp.path + "/" + $0 }
        let outside = Self.files(under: tmp.path).filter { f in !allowed.contains { f.hasPrefix($0) } }
        #expect(outside.isEmpty, "files written outside the data folders: \(outside)")
        let journals = try FileManager.default.contentsOfDirectory(atPath: laptop.data + "/journal")
        let named = journals.filter { $0.wholeMatch(of: /[a-z0-9]{1,32}\.jsonl/) == nil }
        #expect(named.isEmpty, "journals named from forged ids")
    }

    @Test func theHighestSequenceNumberInASyncFolderIsMerged() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        _ = try Laptop(tmp, "a").initialise("Kari").sync(with: usb)
        let op = Op(id: OpID(device: "devaaaaaaaaa", seq: .max), clock: HLC(raw: 1), author: "Kari", type: "address", entity: "adr-1")
        try Data(JournalLine.encode(op)).write(to: URL(fileURLWithPath: usb + "/journal/devaaaaaaaaa.jsonl"))
        let b = try Laptop(tmp, "b").initialise(copying: usb)
        #expect(b.known.contains("devaaaaaaaaa", .max))
    }
}

extension JournalFuzzTests {
    static func files(under folder: String) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return all.map { folder + "/" + $0 }.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }
}

/// Property failures counted by name, each with the first input that showed it: 100,000 inputs give
/// a readable report, not 100,000 issues.
struct Findings {
    private var found: [String: (count: Int, example: [UInt8])] = [:]
    private var order: [String] = []

    mutating func check(_ holds: Bool, _ property: @autoclosure () -> String, _ input: [UInt8]) {
        guard !holds else { return }
        let p = property()
        if found[p] == nil { order.append(p) }
        found[p, default: (0, input)].count += 1
    }

    func report(sourceLocation: SourceLocation = #_sourceLocation) {
        for p in order {
            let (count, example) = found[p]!
            Issue.record("\(p): \(count) inputs, the first: \(Self.shown(example))", sourceLocation: sourceLocation)
        }
    }

    /// Printable ASCII as it is, any other byte as `\xNN`, long inputs cut.
    static func shown(_ b: [UInt8]) -> String {
        let text = b.prefix(240).map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
        return b.count > 240 ? text + "… (\(b.count) bytes)" : text
    }
}
